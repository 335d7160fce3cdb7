import { TYPING_EVERY_MS } from '../../../functions/protocol/browser/typing';
import { READ_HOLD_MS } from '../../../web-agent/src/read-with-typing';
import { CONSOLE_READ_ALONE_MS, READ_REPORT_DELAY_MS, TYPED_CHARS_PER_SECOND, readRidesOnTyping, typingOffsets } from '../../../bench/load/signals';

const charsFor = (ms: number) => (ms / 1000) * TYPED_CHARS_PER_SECOND;

test('a reply typed within the think time sends a typing frame when typing starts and one per throttle interval, ending before the send', () => {
  const typingMs = 2.5 * TYPING_EVERY_MS;
  const thinkMs = typingMs + 5_000;
  const offsets = typingOffsets(thinkMs, charsFor(typingMs));

  expect(offsets).toEqual([5_000, 5_000 + TYPING_EVERY_MS, 5_000 + 2 * TYPING_EVERY_MS]);
  expect(Math.max(...offsets)).toBeLessThan(thinkMs);
});

test("a reply longer than the think time keeps a real reply's count of frames, squeezed into the think time", () => {
  const typingMs = 3.5 * TYPING_EVERY_MS;
  const offsets = typingOffsets(6_000, charsFor(typingMs));

  expect(offsets).toHaveLength(4);
  expect(offsets[0]).toBe(0);
  expect(offsets.every((offset, i) => offset < 6_000 && (i === 0 || offset > offsets[i - 1]))).toBe(true);
});

test('a reply answering a message starts typing once the message has been read, keeping its count of frames', () => {
  const typingMs = 3.5 * TYPING_EVERY_MS;
  const offsets = typingOffsets(6_000, charsFor(typingMs), READ_REPORT_DELAY_MS);

  expect(offsets).toHaveLength(4);
  expect(offsets[0]).toBe(READ_REPORT_DELAY_MS);
  expect(offsets.every((offset, i) => offset < 6_000 && (i === 0 || offset > offsets[i - 1]))).toBe(true);
});

test('a reply that fits after the read is typed just before the send, as without one', () => {
  const typingMs = 1.5 * TYPING_EVERY_MS;
  const thinkMs = typingMs + 5_000;

  expect(typingOffsets(thinkMs, charsFor(typingMs), READ_REPORT_DELAY_MS)).toEqual(typingOffsets(thinkMs, charsFor(typingMs)));
});

test("the console's read rides on the first typing frame when typing starts while the report is held", () => {
  expect(readRidesOnTyping(READ_REPORT_DELAY_MS)).toBe(true);
  expect(readRidesOnTyping(READ_REPORT_DELAY_MS + READ_HOLD_MS)).toBe(true);
});

test("the console's read goes out alone when typing starts after the hold, or not at all", () => {
  expect(readRidesOnTyping(READ_REPORT_DELAY_MS + READ_HOLD_MS + 1)).toBe(false);
  expect(readRidesOnTyping(undefined)).toBe(false);
  expect(CONSOLE_READ_ALONE_MS).toBe(READ_REPORT_DELAY_MS + READ_HOLD_MS);
});
