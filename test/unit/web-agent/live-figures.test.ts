import { shownFigures } from '../../../web-agent/src/live-figures';
import type { QueueState } from '../../../web-agent/src/use-queue';
import type { LiveFigures } from '../../../functions/protocol/stats';

const entry = (chatId: string, channel: string, queuedAt: number) => ({ chatId, channel, customerName: 'Mila', preview: 'Hi', queuedAt });
const queue: QueueState = {
  waiting: 3,
  entries: [entry('c1', 'sales', 100), entry('c2', 'default', 200), entry('c3', 'sales', 300)],
  warnAfterSeconds: 60,
  presentAgents: 4,
  channels: { sales: { waiting: 2, oldestQueuedAt: 100, presentAgents: 1 }, default: { waiting: 1, oldestQueuedAt: 200, presentAgents: 4 } },
};
const live: LiveFigures = { activeChats: 5, answeredToday: 9, dayEndsAt: 10_000, channels: { sales: { activeChats: 2, answeredToday: 3 } } };

describe('shownFigures', () => {
  test('all channels show the totals and the oldest entry of all', () => {
    expect(shownFigures(queue, live, undefined, 1_000)).toEqual({ waiting: 3, oldestQueuedAt: 100, presentAgents: 4, activeChats: 5, answeredToday: 9 });
  });

  test('a channel shows only its own figures', () => {
    expect(shownFigures(queue, live, 'default', 1_000)).toEqual({ waiting: 1, oldestQueuedAt: 200, presentAgents: 4, activeChats: 0, answeredToday: 0 });
    expect(shownFigures(queue, live, 'sales', 1_000)).toEqual({ waiting: 2, oldestQueuedAt: 100, presentAgents: 1, activeChats: 2, answeredToday: 3 });
  });

  test('a channel the figures leave out has none waiting, none available and nothing ongoing', () => {
    expect(shownFigures(queue, live, 'returns', 1_000)).toEqual({ waiting: 0, presentAgents: 0, activeChats: 0, answeredToday: 0 });
  });

  test('past the end of the tenant\'s day nothing was answered today, until new figures say so', () => {
    expect(shownFigures(queue, live, 'sales', 10_000).answeredToday).toBe(0);
  });

  test('before the first live figures, only the queue\'s are known', () => {
    expect(shownFigures(queue, undefined, 'sales', 1_000)).toEqual({ waiting: 2, oldestQueuedAt: 100, presentAgents: 1 });
  });

  test('customers who left the page are counted apart, and the longest wait is of those still there', () => {
    const left: QueueState = {
      ...queue,
      entries: [{ ...entry('c1', 'sales', 100), away: true }, entry('c2', 'default', 200), entry('c3', 'sales', 300)],
      channels: { sales: { waiting: 2, away: 1, oldestQueuedAt: 300, presentAgents: 1 }, default: { waiting: 1, oldestQueuedAt: 200, presentAgents: 4 } },
    };
    expect(shownFigures(left, undefined, undefined, 1_000)).toEqual({ waiting: 3, away: 1, oldestQueuedAt: 200, presentAgents: 4 });
    expect(shownFigures(left, undefined, 'sales', 1_000)).toEqual({ waiting: 2, away: 1, oldestQueuedAt: 300, presentAgents: 1 });
  });
});
