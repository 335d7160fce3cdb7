/**
 * Keeps a client's messages in the order they were written once the server refuses one as sent too
 * fast. The side's bucket refills a token at a time, so without this the refused message, resent
 * seconds later, lands after the ones written after it that the refill let through ("m65 m67 m69
 * m66 m68"). From the refused message on, the unconfirmed messages go out one at a time, PACE_MS
 * apart (slower than the bucket refills: 3 a second by default), each in its turn; one written
 * meanwhile waits for its turn too. Pacing ends once every unconfirmed message has gone out once.
 * One pace for all of a client's chats: a console pacing one chat holds its others back as long.
 * A reconnect paces what waited too (`restart`): written back to back, frames of one connection may
 * be handled side by side, and stored in another order than written.
 */
import type { MessageSendFrame } from '../client-frames';

/** Between two paced messages: longer than a token takes to come back at the default 3 a second. */
export const PACE_MS = 500;

/**
 * `unconfirmed`: the messages not yet confirmed, in the order written. `refused(message)` paces from
 * that message on (`refused()` stops pacing); `pacing()` says whether messages wait for their turn
 * now, so the caller holds a new or resent one back.
 */
export function createPacedSends(unconfirmed: () => Iterable<MessageSendFrame>, write: (message: MessageSendFrame) => void) {
  /** The ids that had their turn; undefined when not pacing. */
  let written: Set<string> | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;

  function turn() {
    const next = [...unconfirmed()].find((message) => !written!.has(message.clientMessageId));
    if (!next) return void (written = undefined);
    written!.add(next.clientMessageId);
    write(next);
    later();
  }

  // unref: under Node (tests, the benchmark) pacing must not keep the process alive.
  const later = () => (timer = setTimeout(turn, PACE_MS) as { unref?(): void } & ReturnType<typeof setTimeout>).unref?.();

  return {
    refused(message?: MessageSendFrame) {
      clearTimeout(timer);
      const ids = [...unconfirmed()].map((m) => m.clientMessageId);
      // It and what came after it need their turn (again). Before it, what went out before pacing was
      // not refused; what waits for its turn while pacing still does.
      written = message && new Set(ids.slice(0, ids.indexOf(message.clientMessageId)).filter((id) => !written || written.has(id)));
      if (written) later();
    },
    /** Every unconfirmed message goes out again in turn, the first at once; or, `held`, waits until the next restart. */
    restart(held?: boolean) {
      clearTimeout(timer);
      written = new Set();
      if (!held) turn();
    },
    pacing: () => !!written,
  };
}
