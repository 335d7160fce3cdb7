import { claimOrder, IN_ORDER } from '../../../functions/domain/claim-order';

const waiting = ['oldest', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh'];

describe('claimOrder', () => {
  test('tries the chats that have waited longest first, oldest first, whatever the random point', () => {
    for (const r of [0, 0.3, 0.99]) expect(claimOrder(waiting, () => r).slice(0, IN_ORDER)).toEqual(['oldest', 'second', 'third']);
  });

  test('then the others from the random point onwards, wrapping round, each once', () => {
    expect(claimOrder(waiting, () => 0.5)).toEqual(['oldest', 'second', 'third', 'sixth', 'seventh', 'fourth', 'fifth']);
  });

  test('many agents asking at once start the rest at different points', () => {
    const starts = new Set([0, 0.25, 0.5, 0.75].map((r) => claimOrder(waiting, () => r)[IN_ORDER]));
    expect(starts.size).toBe(4);
  });

  test('a short queue is tried in order', () => {
    expect(claimOrder(['oldest', 'second'], () => 0.5)).toEqual(['oldest', 'second']);
  });

  test('nothing waiting, nothing to try', () => {
    expect(claimOrder([], () => 0.5)).toEqual([]);
  });
});
