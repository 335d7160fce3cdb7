import { bucketOf, bucketUpperMs } from '../../../infra/local/lambda-host';
import { bucketDelta, bucketPercentile, percentile, summarize } from '../../../bench/stats';

const oneToHundred = Array.from({ length: 100 }, (_, i) => i + 1);

describe('percentile', () => {
  test('is the nearest-rank sample: p50 of 1..100 is 50 and p99 is 99', () => {
    expect(percentile(oneToHundred, 50)).toBe(50);
    expect(percentile(oneToHundred, 99)).toBe(99);
  });

  test('of a single sample is that sample at every rank', () => {
    expect(percentile([7], 1)).toBe(7);
    expect(percentile([7], 99)).toBe(7);
  });

  test('of no samples is NaN, not zero', () => {
    expect(percentile([], 50)).toBeNaN();
  });
});

describe('summarize', () => {
  test('sorts the samples itself and reports max and mean', () => {
    expect(summarize([3, 1, 2])).toEqual({ count: 3, p50: 2, p95: 3, p99: 3, max: 3, mean: 2 });
  });
});

describe('bucketPercentile', () => {
  test('from the Lambda host’s log buckets is at most one bucket (5 %) above the exact figure', () => {
    const samples = Array.from({ length: 1000 }, (_, i) => 1 + i * 0.37);
    const buckets: Record<number, number> = {};
    for (const ms of samples) buckets[bucketOf(ms)] = (buckets[bucketOf(ms)] ?? 0) + 1;
    for (const p of [50, 95, 99]) {
      const exact = percentile(samples, p);
      const approx = bucketPercentile(buckets, p, bucketUpperMs);
      expect(approx).toBeGreaterThanOrEqual(exact);
      expect(approx).toBeLessThanOrEqual(exact * 1.05);
    }
  });

  test('subtracts an earlier snapshot’s counts, keeping only what happened since', () => {
    expect(bucketDelta({ 1: 5, 2: 3 }, { 1: 5, 2: 1 })).toEqual({ 2: 2 });
  });
});
