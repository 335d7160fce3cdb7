/** Percentiles and medians of latency samples (milliseconds). Pure functions, unit-tested. */

export interface Summary { count: number; p50: number; p95: number; p99: number; max: number; mean: number }

/** Nearest-rank percentile: the smallest sample with at least p % of the samples at or below it. */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return NaN;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1];
}

export function summarize(samples: readonly number[]): Summary {
  const sorted = [...samples].sort((a, b) => a - b);
  const sum = sorted.reduce((s, x) => s + x, 0);
  return {
    count: sorted.length,
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    p99: percentile(sorted, 99),
    max: sorted.length ? sorted[sorted.length - 1] : NaN,
    mean: sorted.length ? sum / sorted.length : NaN,
  };
}

export function median(values: readonly number[]): number {
  return percentile([...values].sort((a, b) => a - b), 50);
}

/**
 * A percentile from log-spaced bucket counts (the local Lambda host keeps durations that way):
 * the upper edge of the bucket holding the nearest-rank sample, so at most one bucket (5 %) high.
 */
export function bucketPercentile(buckets: Record<number, number>, p: number, upperEdge: (bucket: number) => number): number {
  const entries = Object.entries(buckets).map(([b, n]) => [Number(b), n] as const).sort((a, b) => a[0] - b[0]);
  const total = entries.reduce((s, [, n]) => s + n, 0);
  if (total === 0) return NaN;
  const rank = Math.max(1, Math.ceil((p / 100) * total));
  let seen = 0;
  for (const [bucket, n] of entries) {
    seen += n;
    if (seen >= rank) return upperEdge(bucket);
  }
  return upperEdge(entries[entries.length - 1][0]);
}

/** Bucket counts of `after` minus those of `before` (both cumulative). */
export function bucketDelta(after: Record<number, number>, before: Record<number, number> = {}): Record<number, number> {
  const out: Record<number, number> = {};
  for (const [b, n] of Object.entries(after)) {
    const d = n - (before[Number(b)] ?? 0);
    if (d > 0) out[Number(b)] = d;
  }
  return out;
}
