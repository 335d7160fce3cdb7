/**
 * The console's read reports, held a moment for the reply. An agent reads a customer's message and
 * starts typing the answer a moment later: `chat.read` and then `typing` are two frames in, two posts
 * out to the customer and two Lambda runs. So a report is held READ_HOLD_MS after the reporter would
 * have sent it, and the `typing` frame that goes out meanwhile carries it as `read`; if the agent does
 * not type in that chat, the report goes out alone when the hold ends.
 */
import { createReadReporter, type ReadReporter } from '../../functions/protocol/browser/read-reporter';
import { browserTimers, type Timers } from '../../functions/protocol/browser/timers';
import type { ChatReadFrame, TypingFrame } from '../../functions/protocol/client-frames';

/**
 * The customer's widget learns from the agent's `read` that its message was stored, and resends one
 * unconfirmed after RESEND_MS (5 s): with the reporter's 0.8 s, a held report still arrives before.
 */
export const READ_HOLD_MS = 3_000;

export interface ReadWithTyping extends ReadReporter {
  /** Sends `typing` for the chat, carrying its held read report if there is one; false when offline. */
  typing(chatId: string): boolean;
  /** Sends the chat's read report now, due or held: no reply will carry it (the agent ends the chat, and may close the console). */
  settle(chatId: string): void;
}

export interface ReadWithTypingOptions {
  /** Sends the frame; false when it could not go out (offline). */
  send(frame: ChatReadFrame | TypingFrame): boolean;
  delayMs?: number;
  holdMs?: number;
  timers?: Timers;
}

/** A report not yet out: held (`timer` set), or its send failed and the next `seen` tries again. */
interface Held { seq: number; timer?: unknown }

export function createReadWithTyping({ send, delayMs, holdMs = READ_HOLD_MS, timers = browserTimers }: ReadWithTypingOptions): ReadWithTyping {
  const held = new Map<string, Held>();

  function release(chatId: string): void {
    const report = held.get(chatId);
    if (!report) return;
    timers.clearTimeout(report.timer);
    report.timer = undefined;
    if (send({ action: 'chat.read', chatId, seq: report.seq })) held.delete(chatId);
  }

  // The reporter counts a held report as reported, so unread counts follow it at once.
  const reporter = createReadReporter({
    delayMs,
    timers,
    send({ chatId, seq }) {
      const report = held.get(chatId);
      if (report) report.seq = Math.max(report.seq, seq);
      // A newer report joins the one held, so no report waits longer than the hold.
      if (report?.timer === undefined) held.set(chatId, { seq: report?.seq ?? seq, timer: timers.setTimeout(() => release(chatId), holdMs) });
      return true;
    },
  });

  return {
    seen(chatId, seq, stored = 0) {
      const report = held.get(chatId);
      if (report && report.timer === undefined) {
        if (report.seq <= stored) held.delete(chatId);
        else release(chatId);
      }
      reporter.seen(chatId, seq, stored);
    },
    reported: reporter.reported,
    flush: reporter.flush,
    settle(chatId) {
      reporter.flush();
      release(chatId);
    },
    typing(chatId) {
      const report = held.get(chatId);
      if (!send({ action: 'typing', chatId, ...(report ? { read: report.seq } : {}) })) return false;
      if (report) {
        timers.clearTimeout(report.timer);
        held.delete(chatId);
      }
      return true;
    },
    dispose() {
      reporter.dispose();
      for (const { timer } of held.values()) timers.clearTimeout(timer);
      held.clear();
    },
  };
}
