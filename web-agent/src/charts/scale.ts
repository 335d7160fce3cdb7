/** Axis arithmetic for the console's charts. */

/** A round upper bound at or above `max` (1, 2, 2.5 or 5 times a power of ten), so grid lines fall on round numbers. */
export function niceMax(max: number): number {
  if (!(max > 0)) return 1;
  const power = 10 ** Math.floor(Math.log10(max));
  const step = [1, 2, 2.5, 5, 10].find((s) => s * power >= max) ?? 10;
  return step * power;
}

/** Shows every k-th category label so at most `room` labels share the axis. */
export const labelEvery = (count: number, room: number) => Math.max(1, Math.ceil(count / room));
