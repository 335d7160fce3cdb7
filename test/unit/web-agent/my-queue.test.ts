import { mayAnswerOn, myQueue, warningAfter } from '../../../web-agent/src/my-queue';
import type { ChannelName } from '../../../functions/protocol/channels';
import type { QueueEntry } from '../../../functions/protocol/server-frames';
import type { QueueState } from '../../../web-agent/src/use-queue';

const entry = (chatId: string, channel: string): QueueEntry => ({ chatId, channel, customerName: 'Mila', preview: 'hi', queuedAt: 0 });
const channel = (id: string, canRespond: boolean, notifications = canRespond, unansweredWarningSeconds = 60, manager = false): ChannelName =>
  ({ id, name: id, canRespond, notifications, manager, unansweredWarningSeconds, managerWarningSeconds: unansweredWarningSeconds * 2 });
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
    const after = warningAfter([channel('default', true, false), channel('sales', true, true, 300)], 60, 'agent');
    expect(after(entry('b', 'sales'), 'unanswered')).toBe(300);
    expect(after(entry('a', 'default'), 'unanswered')).toBeUndefined();
  });

  it('gives none where the agent is notified but may not respond: the Answer would be refused', () => {
    const after = warningAfter([channel('default', true), channel('sales', false, true)], 60, 'agent');
    expect(after(entry('b', 'sales'), 'unanswered')).toBeUndefined();
    expect(after(entry('a', 'default'), 'unanswered')).toBe(60);
  });

  it("gives the queue's default time until the channels are read", () => {
    expect(warningAfter([], 90, 'agent')(entry('a', 'default'), 'unanswered')).toBe(90);
  });

  it("gives the manager warning where the agent manages the channel's chats, by the channel's Manager permission or by role, even where they may not respond", () => {
    const channels = [channel('default', true), channel('sales', false, false, 300, true)];
    const agent = warningAfter(channels, 60, 'agent');
    expect(agent(entry('b', 'sales'), 'manager')).toBe(600);
    expect(agent(entry('a', 'default'), 'manager')).toBeUndefined();
    expect(warningAfter(channels, 60, 'manager')(entry('a', 'default'), 'manager')).toBe(120);
    expect(warningAfter(channels, 60, 'admin')(entry('a', 'default'), 'manager')).toBe(120);
  });

  it('leaves manager warnings to the server until the channels are read', () => {
    expect(warningAfter([], 90, 'manager')(entry('a', 'default'), 'manager')).toBeUndefined();
  });
});

describe('mayAnswerOn', () => {
  it('says whether the agent may respond on the channel, and yes until the channels are read', () => {
    const channels = [channel('default', true), channel('sales', false)];
    expect([mayAnswerOn(channels, 'default'), mayAnswerOn(channels, 'sales'), mayAnswerOn(channels, 'gone-channel'), mayAnswerOn([], 'sales')]).toEqual([true, false, true, true]);
  });
});
