/** Axis arithmetic for the console's charts. */

/** A round upper bound at or above `max` (1, 2, 2.5 or 5 times a power of ten), so grid lines fall on round numbers. */
export function niceMax(max: number): number {
  if (!(max > 0)) return 1;
  const power = 10 ** Math.floor(Math.log10(max));
  const step = [1, 2, 2.5, 5, 10].find((s) => s * power >= max) ?? 10;
  return step * power;
}

/**
 * A round top for an axis of whole numbers (counts) whose middle grid line is a whole number too:
 * 2, 4, 6, 8 or 10 times a power of ten, never 1 or 2.5 (their halves, 0.5 and 1.25, are no count).
 */
export function wholeMax(max: number): number {
  if (!(max > 2)) return 2;
  const power = 10 ** Math.floor(Math.log10(max));
  const step = [1, 2, 4, 6, 8, 10].find((s) => s * power >= max) ?? 10;
  return step * power;
}

/**
 * A bar chart's three grid lines (bottom, middle, top) for values up to `highest`, each on a whole
 * number: a count, a whole second, or, for seconds past two minutes, a whole minute.
 */
export function gridValues(highest: number, seconds = false): [number, number, number] {
  const top = seconds && highest > 120 ? wholeMax(highest / 60) * 60 : wholeMax(highest);
  return [0, top / 2, top];
}

/** Shows every k-th category label so at most `room` labels share the axis. */
export const labelEvery = (count: number, room: number) => Math.max(1, Math.ceil(count / room));
