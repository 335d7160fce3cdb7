/**
 * A chat side's bucket: the two forms a message's write can take (restart first, drain on a second
 * try) must add up to textbook GCRA, so the documented bound holds and a human pace never needs the
 * second try. The forms' conditions are replayed here as the chat item would see them.
 */
import fc from 'fast-check';

process.env.TABLE_NAME = 'parley-test';
const { chatTokenExpression, tokenSpendFor } = require('../../../functions/store/rate-limits') as typeof import('../../../functions/store/rate-limits');

const BUCKET = { intervalMs: 334, burst: 30 };
const TOLERANCE = BUCKET.intervalMs * (BUCKET.burst - 1);

/** One message's write as postMessage makes it: the restart form, then (refused) the form the read bucket needs. */
function post(tat: number | undefined, now: number): { tat: number | undefined; writes: number } {
  if (tat === undefined || tat <= now) return { tat: now + BUCKET.intervalMs, writes: 1 };
  const spend = tokenSpendFor(tat, now, BUCKET);
  return spend === 'empty' ? { tat, writes: 1 } : { tat: tat + BUCKET.intervalMs, writes: 2 };
}

/** GCRA as written in the literature: admit while max(tat, now) - now ≤ τ. */
function reference(tat: number | undefined, now: number): number | undefined {
  const start = Math.max(tat ?? now, now);
  return start - now <= TOLERANCE ? start + BUCKET.intervalMs : undefined;
}

const arrivals = (maxGapMs: number) => fc.array(fc.integer({ min: 0, max: maxGapMs }), { minLength: 1, maxLength: 300 })
  .map((gaps) => gaps.reduce<number[]>((times, gap) => [...times, (times.at(-1) ?? 1_000_000) + gap], []));

describe('tokenSpendFor', () => {
  test('a bucket never used, or full by now, restarts', () => {
    expect([tokenSpendFor(undefined, 5000, BUCKET), tokenSpendFor(5000, 5000, BUCKET), tokenSpendFor(1, 5000, BUCKET)]).toEqual(['restart', 'restart', 'restart']);
  });

  test('a bucket ahead of now by up to the burst drains, and one token further it is empty', () => {
    expect([tokenSpendFor(5000 + TOLERANCE, 5000, BUCKET), tokenSpendFor(5001 + TOLERANCE, 5000, BUCKET)]).toEqual(['drain', 'empty']);
  });
});

describe('chatTokenExpression', () => {
  test("keeps each side's bucket in its own attribute", () => {
    expect([chatTokenExpression('customer', 'restart', 0, BUCKET).names, chatTokenExpression('agent', 'drain', 0, BUCKET).names])
      .toEqual([{ '#tat': 'customerTat' }, { '#tat': 'agentTat' }]);
  });
});

describe('the two forms together', () => {
  test('admit exactly the messages textbook GCRA admits', () => {
    fc.assert(fc.property(arrivals(1000), (times) => {
      let ours: number | undefined;
      let theirs: number | undefined;
      for (const now of times) {
        const next = post(ours, now).tat;
        const admitted = next !== ours;
        const expected = reference(theirs, now);
        expect(admitted).toBe(expected !== undefined);
        ours = next;
        theirs = expected ?? theirs;
      }
    }));
  });

  test('admit at most burst + floor(T / interval) messages in any window of T ms', () => {
    fc.assert(fc.property(arrivals(600), (times) => {
      let tat: number | undefined;
      const admitted: number[] = [];
      for (const now of times) {
        const next = post(tat, now).tat;
        if (next !== tat) admitted.push(now);
        tat = next;
      }
      admitted.forEach((start, i) => admitted.slice(i).forEach((end, j) => {
        expect(j + 1).toBeLessThanOrEqual(BUCKET.burst + Math.floor((end - start) / BUCKET.intervalMs));
      }));
    }));
  });

  test('take one write per message from a side that never sends faster than the sustained rate', () => {
    fc.assert(fc.property(arrivals(60_000).map((times) => times.map((t, i) => t + i * BUCKET.intervalMs)), (times) => {
      let tat: number | undefined;
      for (const now of times) {
        const result = post(tat, now);
        expect(result.writes).toBe(1);
        tat = result.tat;
      }
    }));
  });
});
