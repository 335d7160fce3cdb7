import { chatSections, handlingCount, lastMessage, RECENT_MS, unreadCount } from '../../../web-agent/src/chat-summary';
import type { ChatView, MessageView } from '../../../functions/protocol/server-frames';

const msg = (seq: number, role: 'customer' | 'agent' | 'system', kind: MessageView['kind'] = 'text'): MessageView => ({
  chatId: 'chat-a', seq, kind, author: { role, name: role }, text: `text ${seq}`, at: seq,
});
const chat = (chatId: string, status: ChatView['status'], extra: Partial<ChatView> = {}): ChatView => ({
  chatId, status, channel: 'default', customer: { name: 'Mila', email: 'mila@example.com' }, question: 'hi', createdAt: 0, lastSeq: 1, ...extra,
});

describe('unreadCount', () => {
  it("counts the customer's messages after the read marker", () => {
    expect(unreadCount([msg(1, 'customer'), msg(2, 'customer'), msg(3, 'customer')], 1)).toBe(2);
  });

  it("leaves out the agent's messages and events", () => {
    expect(unreadCount([msg(1, 'customer'), msg(2, 'system', 'event'), msg(3, 'agent')], 0)).toBe(1);
  });

  it('counts a file the customer sent', () => {
    expect(unreadCount([msg(1, 'customer'), msg(2, 'customer', 'file')], 1)).toBe(1);
  });
});

describe('lastMessage', () => {
  it('skips events to find who wrote last', () => {
    expect(lastMessage([msg(1, 'customer'), msg(2, 'agent'), msg(3, 'system', 'event')])?.seq).toBe(2);
  });

  it('a file counts as written', () => {
    expect(lastMessage([msg(1, 'agent'), msg(2, 'customer', 'file'), msg(3, 'system', 'event')])?.seq).toBe(2);
  });

  it('is undefined for a chat without messages', () => {
    expect(lastMessage([msg(1, 'system', 'event')])).toBeUndefined();
  });
});

describe('handlingCount', () => {
  it("counts only active chats this agent answers", () => {
    const anna = { id: 'anna', name: 'Anna' };
    const chats = [chat('a', 'active', { agent: anna }), chat('b', 'active', { agent: { id: 'bram', name: 'Bram' } }), chat('c', 'ended', { agent: anna }), chat('d', 'queued')];
    expect(handlingCount(chats, 'anna')).toBe(1);
  });
});

describe('chatSections', () => {
  it('lists ongoing chats newest first', () => {
    const { ongoing } = chatSections([chat('old', 'active', { createdAt: 1 }), chat('new', 'active', { createdAt: 2 })], 10, 'anna');
    expect(ongoing.map((c) => c.chatId)).toEqual(['new', 'old']);
  });

  it('keeps ended chats under recent for eight hours after they ended', () => {
    const now = RECENT_MS + 100;
    const anna = { id: 'anna', name: 'Anna' };
    const { recent } = chatSections([chat('kept', 'ended', { endedAt: 100, agent: anna }), chat('dropped', 'ended', { endedAt: 99, agent: anna })], now, 'anna');
    expect(recent.map((c) => c.chatId)).toEqual(['kept']);
  });

  it('lists recent chats the last ended first, whenever they started', () => {
    const anna = { id: 'anna', name: 'Anna' };
    const chats = [
      chat('early-start-late-end', 'ended', { createdAt: 1, endedAt: 50, agent: anna }),
      chat('late-start-early-end', 'ended', { createdAt: 5, endedAt: 20, agent: anna }),
      chat('middle', 'ended', { createdAt: 3, endedAt: 30, agent: anna }),
    ];
    expect(chatSections(chats, 100, 'anna').recent.map((c) => c.chatId)).toEqual(['early-start-late-end', 'middle', 'late-start-early-end']);
  });

  it('keeps ongoing chats newest started first beside recent ones sorted by their end', () => {
    const anna = { id: 'anna', name: 'Anna' };
    const chats = [chat('old', 'active', { createdAt: 1, agent: anna }), chat('ended', 'ended', { createdAt: 2, endedAt: 9, agent: anna }), chat('new', 'active', { createdAt: 3, agent: anna })];
    expect(chatSections(chats, 10, 'anna').ongoing.map((c) => c.chatId)).toEqual(['new', 'old']);
  });

  it("leaves out an ended chat another agent answered (handed over, or listened to), unless it is open", () => {
    const bram = { id: 'bram', name: 'Bram' };
    const chats = [chat('handed-over', 'ended', { endedAt: 5, agent: bram }), chat('open', 'ended', { endedAt: 5, agent: bram }), chat('own', 'ended', { endedAt: 5, agent: { id: 'anna', name: 'Anna' } })];
    expect(chatSections(chats, 10, 'anna', 'open').recent.map((c) => c.chatId).sort()).toEqual(['open', 'own']);
  });
});
