import { myQueue, warningAfter } from '../../../web-agent/src/my-queue';
import type { ChannelName } from '../../../functions/protocol/channels';
import type { QueueEntry } from '../../../functions/protocol/server-frames';
import type { QueueState } from '../../../web-agent/src/use-queue';

const entry = (chatId: string, channel: string): QueueEntry => ({ chatId, channel, customerName: 'Mila', preview: 'hi', queuedAt: 0 });
const channel = (id: string, canRespond: boolean, notifications = canRespond, unansweredWarningSeconds = 60): ChannelName => ({ id, name: id, canRespond, notifications, manager: false, unansweredWarningSeconds });
const queue: QueueState = {
  waiting: 5,
  entries: [entry('a', 'default'), entry('b', 'sales'), entry('c', 'gone-channel')],
  warnAfterSeconds: 60,
  presentAgents: 1,
  channels: { default: { waiting: 2, presentAgents: 1 }, sales: { waiting: 2, presentAgents: 0 }, 'gone-channel': { waiting: 1, presentAgents: 1 } },
};

describe('myQueue', () => {
  it("lists and counts only the chats on channels the agent may respond on; an unknown channel's go with the default channel", () => {
    const mine = myQueue(queue, [channel('default', true), channel('sales', false)]);
    expect(mine.entries.map((e) => e.chatId)).toEqual(['a', 'c']);
    expect(mine.waiting).toBe(3);
  });

  it('counts every chat until the channels are read', () => {
    expect(myQueue(queue, [])).toEqual(queue);
  });
});

describe('warningAfter', () => {
  it("gives each chat its channel's warning time, and none where the agent is not notified", () => {
    const after = warningAfter([channel('default', true, false), channel('sales', true, true, 300)], 60);
    expect(after(entry('b', 'sales'))).toBe(300);
    expect(after(entry('a', 'default'))).toBeUndefined();
  });

  it('gives none where the agent is notified but may not respond: the Answer would be refused', () => {
    const after = warningAfter([channel('default', true), channel('sales', false, true)], 60);
    expect(after(entry('b', 'sales'))).toBeUndefined();
    expect(after(entry('a', 'default'))).toBe(60);
  });

  it("gives the queue's default time until the channels are read", () => {
    expect(warningAfter([], 90)(entry('a', 'default'))).toBe(90);
  });
});
