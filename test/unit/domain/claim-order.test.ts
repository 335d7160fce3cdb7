import { claimOrder } from '../../../functions/domain/claim-order';

const waiting = ['oldest', 'second', 'third', 'fourth', 'fifth'];

describe('claimOrder', () => {
  test('tries the chat that has waited longest first, whatever the random point', () => {
    for (const r of [0, 0.3, 0.99]) expect(claimOrder(waiting, () => r)[0]).toBe('oldest');
  });

  test('then the others from the random point onwards, wrapping round, each once', () => {
    expect(claimOrder(waiting, () => 0.5)).toEqual(['oldest', 'fourth', 'fifth', 'second', 'third']);
  });

  test('agents asking at once start the rest at different points', () => {
    const starts = new Set([0, 0.25, 0.5, 0.75].map((r) => claimOrder(waiting, () => r)[1]));
    expect(starts.size).toBe(4);
  });

  test('nothing waiting, nothing to try', () => {
    expect(claimOrder([], () => 0.5)).toEqual([]);
  });
});
