import { TYPING_EVERY_MS } from '../../../functions/protocol/browser/typing';
import { TYPED_CHARS_PER_SECOND, typingOffsets } from '../../../bench/load/signals';

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
