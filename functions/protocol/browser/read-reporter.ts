/**
 * Tells the server how far a chat has been read. Screens call `seen` on every render while a
 * chat is in view; at most one `chat.read` per chat goes out per delay, and only when the seq rises.
 */
import type { ChatReadFrame } from '../client-frames';
import { browserTimers, type Timers } from './timers';

export interface ReadReporterOptions {
  /** Sends the frame; false when it could not go out (offline), so a later `seen` tries again. */
  send(frame: ChatReadFrame): boolean;
  delayMs?: number;
  timers?: Timers;
}

export interface ReadReporter {
  /** Everything up to `seq` is on screen; `stored` is the marker the server already holds (ChatView.read). */
  seen(chatId: string, seq: number, stored?: number): void;
  /** Highest seq reported for the chat, 0 when none. */
  reported(chatId: string): number;
  /** Sends what is due now rather than after the delay. */
  flush(): void;
  dispose(): void;
}

export function createReadReporter({ send, delayMs = 800, timers: clock = browserTimers }: ReadReporterOptions): ReadReporter {
  const reported = new Map<string, number>();
  const due = new Map<string, number>();
  let timer: unknown;

  function flush(): void {
    clock.clearTimeout(timer);
    timer = undefined;
    for (const [chatId, seq] of due) {
      if (send({ action: 'chat.read', chatId, seq })) reported.set(chatId, seq);
    }
    due.clear();
  }

  return {
    seen(chatId, seq, stored = 0) {
      const known = Math.max(reported.get(chatId) ?? 0, stored, due.get(chatId) ?? 0);
      if (seq <= known) return;
      due.set(chatId, seq);
      timer ??= clock.setTimeout(flush, delayMs);
    },
    reported: (chatId) => reported.get(chatId) ?? 0,
    flush,
    dispose() {
      clock.clearTimeout(timer);
      timer = undefined;
      due.clear();
    },
  };
}
