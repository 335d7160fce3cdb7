/**
 * Fixed-bucket histograms of durations, kept as plain counters, so an average and a percentile come
 * out of sums without keeping every chat's figure.
 */

/** Upper bounds (seconds) of the wait-before-answer buckets; the last bucket is open-ended. */
export const WAIT_BOUNDS = [10, 20, 30, 45, 60, 90, 120, 180, 300, 600, 1200];
/** Upper bounds (seconds) of the handling-time buckets (answer to end). */
export const HANDLING_BOUNDS = [60, 120, 180, 300, 450, 600, 900, 1200, 1800, 2700, 3600];

/** The bucket a duration falls in: the first whose upper bound is above it. */
export function bucketOf(seconds: number, bounds: number[]): number {
  const index = bounds.findIndex((upper) => seconds < upper);
  return index === -1 ? bounds.length : index;
}

/**
 * The q-quantile (0 < q ≤ 1) of a histogram, interpolated linearly inside its bucket; in the
 * open-ended last bucket, that bucket's lower bound (all that is known). Undefined when empty.
 */
export function quantile(counts: number[], bounds: number[], q: number): number | undefined {
  const total = counts.reduce((sum, c) => sum + c, 0);
  if (total === 0) return undefined;
  const rank = q * total;
  let below = 0;
  for (let i = 0; i < counts.length; i++) {
    if (counts[i] > 0 && below + counts[i] >= rank) {
      const lower = i === 0 ? 0 : bounds[i - 1];
      if (i >= bounds.length) return lower;
      return lower + ((bounds[i] - lower) * (rank - below)) / counts[i];
    }
    below += counts[i];
  }
  return bounds[bounds.length - 1];
}

/**
 * The q-quantile, no higher than the durations' sum allows: the n − ⌈q·n⌉ + 1 durations at or above
 * it add up to at most `sum`. Interpolating inside a wide bucket can place it far above what was
 * measured ("90 % within 9 s" when every wait took under a second); this keeps it to what the sum permits.
 */
export function quantileWithin(counts: number[], bounds: number[], q: number, sum: number): number | undefined {
  const estimate = quantile(counts, bounds, q);
  if (estimate === undefined) return undefined;
  const total = counts.reduce((all, c) => all + c, 0);
  const atOrAbove = total - Math.ceil(q * total) + 1;
  return Math.min(estimate, sum / atOrAbove);
}

export function addInto(into: number[], from: number[]): void {
  from.forEach((count, i) => (into[i] = (into[i] ?? 0) + count));
}
