import { unreadCount } from '../../../../web-widget/src/panel/unread';
import type { MessageView } from '../../../../functions/protocol/server-frames';

const from = (role: 'agent' | 'customer' | 'system', seq: number, kind: MessageView['kind'] = 'text'): MessageView => ({
  chatId: 'chat-0001',
  seq,
  kind,
  author: { role, name: role },
  text: `text ${seq}`,
  at: seq,
});

describe('unreadCount', () => {
  it("counts the agent's messages after the read marker", () => {
    expect(unreadCount([from('agent', 1), from('agent', 2), from('agent', 3)], 1)).toBe(2);
  });

  it("leaves out the customer's own messages and events", () => {
    expect(unreadCount([from('customer', 1), from('system', 2, 'event'), from('agent', 3)], 0)).toBe(1);
  });

  it('counts a file the agent sent', () => {
    expect(unreadCount([from('agent', 1), from('agent', 2, 'file')], 1)).toBe(1);
  });

  it('is zero once the marker reaches the last message', () => {
    expect(unreadCount([from('agent', 1), from('agent', 2)], 2)).toBe(0);
  });
});
