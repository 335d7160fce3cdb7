/**
 * What the product's own clients send besides messages, so that a benchmark chat costs what a chat
 * costs through the widget and the console: `typing` while a reply is being written (the clients'
 * throttle, one frame every TYPING_EVERY_MS of typing) and `chat.read` once a message is on screen
 * (the read reporter's delay; the console holds its report READ_HOLD_MS more, and the reply's first
 * `typing` frame carries it when typing starts meanwhile). By default the workload is the messages
 * alone, as the targets and earlier runs state it; `--signals` adds these, for what a chat costs
 * through the product's own clients.
 */
import { TYPING_EVERY_MS } from '../../functions/protocol/browser/typing';
import { READ_HOLD_MS } from '../../web-agent/src/read-with-typing';

/** A brisk typist (about 60 words a minute); slower typing would send more `typing` frames. */
export const TYPED_CHARS_PER_SECOND = 5;

/** The read reporter's delay (`createReadReporter`'s default `delayMs`, functions/protocol/browser/read-reporter.ts). */
export const READ_REPORT_DELAY_MS = 800;

/**
 * When, from now, the `typing` frames of a reply of `chars` characters go out if it is sent
 * `thinkMs` from now: one when typing starts and one every TYPING_EVERY_MS while it lasts. Typing
 * starts no sooner than `readAtMs`, when the message it answers has been read. The benchmark's pace
 * is faster than a real chat's, so typing that would not fit between then and the send is squeezed
 * into that time: the count of frames is a real reply's, their spacing is not.
 */
export function typingOffsets(thinkMs: number, chars: number, readAtMs = 0): number[] {
  const typingMs = (chars / TYPED_CHARS_PER_SECOND) * 1000;
  const count = Math.floor(typingMs / TYPING_EVERY_MS) + 1;
  if (typingMs <= thinkMs - readAtMs) return Array.from({ length: count }, (_, i) => thinkMs - typingMs + i * TYPING_EVERY_MS);
  const startMs = Math.min(readAtMs, thinkMs);
  return Array.from({ length: count }, (_, i) => startMs + (i * (thinkMs - startMs)) / count);
}

/**
 * Whether the console's read report rides on the reply's first `typing` frame, `firstTypingMs` after
 * the message arrived: it does when typing starts while the report is held.
 */
export function readRidesOnTyping(firstTypingMs: number | undefined): boolean {
  return firstTypingMs !== undefined && firstTypingMs >= READ_REPORT_DELAY_MS && firstTypingMs <= READ_REPORT_DELAY_MS + READ_HOLD_MS;
}

/** When the console's read report goes out alone, after the message arrived: when its hold ends. */
export const CONSOLE_READ_ALONE_MS = READ_REPORT_DELAY_MS + READ_HOLD_MS;
