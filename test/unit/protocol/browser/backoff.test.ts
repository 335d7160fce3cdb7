import { backoffDelay } from '../../../../functions/protocol/browser/backoff';

describe('backoffDelay', () => {
  it('waits between half and all of a ceiling that doubles with each attempt', () => {
    expect([0, 1, 2].map((attempt) => backoffDelay(attempt, () => 0))).toEqual([250, 500, 1000]);
    expect([0, 1, 2].map((attempt) => backoffDelay(attempt, () => 1))).toEqual([500, 1000, 2000]);
  });

  it('never waits longer than the cap', () => {
    expect(backoffDelay(20, () => 1)).toBe(30_000);
    expect(backoffDelay(20, () => 0)).toBe(15_000);
  });

  it('spreads clients apart by their random draw, so a restart is not met by all at once', () => {
    const delays = new Set([0, 0.25, 0.5, 0.75].map((draw) => backoffDelay(3, () => draw)));
    expect(delays.size).toBe(4);
  });
});
