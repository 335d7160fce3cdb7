import fc from 'fast-check';
import { bucketOf, quantile, quantileWithin, WAIT_BOUNDS } from '../../../../functions/domain/stats/histogram';

const histogramOf = (seconds: number[]) => {
  const counts = Array.from({ length: WAIT_BOUNDS.length + 1 }, () => 0);
  for (const s of seconds) counts[bucketOf(s, WAIT_BOUNDS)]++;
  return counts;
};

describe('bucketOf', () => {
  test('puts a duration in the first bucket whose upper bound is above it, bounds belonging to the next', () => {
    expect(bucketOf(0, WAIT_BOUNDS)).toBe(0);
    expect(bucketOf(9.9, WAIT_BOUNDS)).toBe(0);
    expect(bucketOf(10, WAIT_BOUNDS)).toBe(1);
    expect(bucketOf(1199, WAIT_BOUNDS)).toBe(WAIT_BOUNDS.length - 1);
  });

  test('puts anything past the last bound in the open-ended last bucket', () => {
    expect(bucketOf(86_400, WAIT_BOUNDS)).toBe(WAIT_BOUNDS.length);
  });
});

describe('quantile', () => {
  test('interpolates inside the bucket: ten waits spread over 0–10 s and ten over 10–20 s have p90 at 18 s', () => {
    const counts = histogramOf([...Array.from({ length: 10 }, (_, i) => i), ...Array.from({ length: 10 }, (_, i) => 10 + i)]);
    expect(quantile(counts, WAIT_BOUNDS, 0.9)).toBeCloseTo(18);
  });

  test('of waits that all fell in one bucket lies inside that bucket', () => {
    expect(quantile(histogramOf([35, 36, 40]), WAIT_BOUNDS, 0.9)).toBeGreaterThanOrEqual(30);
    expect(quantile(histogramOf([35, 36, 40]), WAIT_BOUNDS, 0.9)).toBeLessThanOrEqual(45);
  });

  test('in the open-ended last bucket is that bucket’s lower bound', () => {
    expect(quantile(histogramOf([5000, 7000]), WAIT_BOUNDS, 0.9)).toBe(1200);
  });

  test('of an empty histogram is undefined, not zero', () => {
    expect(quantile(histogramOf([]), WAIT_BOUNDS, 0.9)).toBeUndefined();
  });

  test('is never below the bucket of the exact 90th percentile nor above its upper bound', () => {
    fc.assert(fc.property(fc.array(fc.integer({ min: 0, max: 1100 }), { minLength: 1, maxLength: 200 }), (waits) => {
      const sorted = [...waits].sort((a, b) => a - b);
      const exact = sorted[Math.ceil(0.9 * sorted.length) - 1];
      const estimate = quantile(histogramOf(waits), WAIT_BOUNDS, 0.9)!;
      const bucket = bucketOf(exact, WAIT_BOUNDS);
      expect(estimate).toBeGreaterThanOrEqual(bucket === 0 ? 0 : WAIT_BOUNDS[bucket - 1]);
      expect(estimate).toBeLessThanOrEqual(WAIT_BOUNDS[bucket]);
    }));
  });
});

describe('quantileWithin', () => {
  test('of waits all under a second is not placed near the top of their 0–10 s bucket', () => {
    expect(quantileWithin(histogramOf([0.3]), WAIT_BOUNDS, 0.9, 0.3)).toBeCloseTo(0.3);
    // Ten waits of 0.4 s: the two at or above the 90th percentile add up to at most 4 s.
    expect(quantileWithin(histogramOf(Array(10).fill(0.4)), WAIT_BOUNDS, 0.9, 4)).toBeCloseTo(2);
  });

  test('keeps the interpolated value when the sum allows it', () => {
    const waits = [...Array.from({ length: 10 }, (_, i) => i), ...Array.from({ length: 10 }, (_, i) => 10 + i)];
    expect(quantileWithin(histogramOf(waits), WAIT_BOUNDS, 0.9, waits.reduce((a, b) => a + b))).toBeCloseTo(18);
  });

  test('is never below the exact 90th percentile’s bucket, nor above the interpolated value', () => {
    fc.assert(fc.property(fc.array(fc.integer({ min: 0, max: 1100 }), { minLength: 1, maxLength: 200 }), (waits) => {
      const sorted = [...waits].sort((a, b) => a - b);
      const exact = sorted[Math.ceil(0.9 * sorted.length) - 1];
      const bucket = bucketOf(exact, WAIT_BOUNDS);
      const counts = histogramOf(waits);
      const bounded = quantileWithin(counts, WAIT_BOUNDS, 0.9, waits.reduce((a, b) => a + b, 0))!;
      expect(bounded).toBeGreaterThanOrEqual(Math.min(exact, bucket === 0 ? 0 : WAIT_BOUNDS[bucket - 1]));
      expect(bounded).toBeLessThanOrEqual(quantile(counts, WAIT_BOUNDS, 0.9)!);
    }));
  });

  test('of no waits is undefined', () => {
    expect(quantileWithin(histogramOf([]), WAIT_BOUNDS, 0.9, 0)).toBeUndefined();
  });
});
