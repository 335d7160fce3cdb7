import { queueFiguresByChannel, respondersAnywhere } from '../../../functions/domain/queue-figures';
import { defaultChannelSettings } from '../../../functions/protocol/channel-defaults';
import type { ChannelSettings } from '../../../functions/protocol/channels';

const serving = (id: string, agents: [string, boolean][]): ChannelSettings => ({
  ...defaultChannelSettings(id),
  agents: agents.map(([agentId, canRespond]) => ({ agentId, canRespond, notifications: true, canListenIn: false, manager: false })),
});

describe('queueFiguresByChannel', () => {
  test('counts each channel\'s waiting chats and keeps the earliest queue time', () => {
    const figures = queueFiguresByChannel(
      [{ channel: 'sales', queuedAt: 300 }, { channel: 'default', queuedAt: 200 }, { channel: 'sales', queuedAt: 100 }],
      [defaultChannelSettings(), defaultChannelSettings('sales')],
      [],
    );
    expect(figures).toEqual({ default: { waiting: 1, oldestQueuedAt: 200, presentAgents: 0 }, sales: { waiting: 2, oldestQueuedAt: 100, presentAgents: 0 } });
  });

  test('counts only Present agents who may respond on the channel; with none listed, every Present agent', () => {
    const figures = queueFiguresByChannel([], [defaultChannelSettings(), serving('sales', [['anna', true], ['bram', false]])], ['anna', 'bram', 'carla']);
    expect(figures).toEqual({ default: { waiting: 0, presentAgents: 3 }, sales: { waiting: 0, presentAgents: 1 } });
  });

  test('leaves out a channel with nobody waiting and nobody available', () => {
    const figures = queueFiguresByChannel([], [defaultChannelSettings(), serving('sales', [['bram', true]])], ['anna']);
    expect(Object.keys(figures)).toEqual(['default']);
  });

  test('a chat on a channel without settings counts the default channel\'s agents', () => {
    const figures = queueFiguresByChannel([{ channel: 'gone', queuedAt: 5 }], [serving('default', [['anna', true]])], ['anna', 'bram']);
    expect(figures.gone).toEqual({ waiting: 1, oldestQueuedAt: 5, presentAgents: 1 });
  });

  test('counts the customers who left the page apart, and the longest wait only of those still there', () => {
    const figures = queueFiguresByChannel(
      [{ channel: 'default', queuedAt: 100, away: true }, { channel: 'default', queuedAt: 200 }, { channel: 'sales', queuedAt: 50, away: true }],
      [defaultChannelSettings(), defaultChannelSettings('sales')],
      [],
    );
    expect(figures).toEqual({ default: { waiting: 2, away: 1, oldestQueuedAt: 200, presentAgents: 0 }, sales: { waiting: 1, away: 1, presentAgents: 0 } });
  });
});

describe('respondersAnywhere', () => {
  test('counts the Present agents who may respond on some channel, each once', () => {
    const channels = [serving('default', [['anna', true]]), serving('returns', [['anna', true], ['bram', true], ['carla', false]])];
    expect(respondersAnywhere(channels, ['anna', 'bram', 'carla', 'dirk'])).toBe(2);
  });

  test('counts every Present agent when some channel lists no agents', () => {
    expect(respondersAnywhere([defaultChannelSettings(), serving('returns', [['anna', true]])], ['anna', 'carla'])).toBe(2);
  });
});
