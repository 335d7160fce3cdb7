import { awaitingActivity, earlierChats, mergePeople } from '../../../web-agent/src/panel-data';
import type { PersonPanelResponse, PersonView } from '../../../functions/protocol/contacts';
import type { ChatView } from '../../../functions/protocol/server-frames';

const chat = (extra: Partial<ChatView> = {}): ChatView => ({
  chatId: 'chat-0001', status: 'ended', channel: 'default', customer: { name: 'Mila', email: 'mila@example.com' }, question: 'hi', createdAt: 0, lastSeq: 3, personId: 'person-1', ...extra,
});
const panel = (extra: Partial<PersonPanelResponse> = {}): PersonPanelResponse => ({
  person: { personId: 'person-1', name: 'Mila', createdAt: 0 }, chats: [], requests: [], activities: [], ...extra,
});
const activity = { type: 'chat' as const, chatId: 'chat-0001', at: 1, startedAt: 0, channel: 'default', durationSeconds: 60, messages: 3 };
const person = (personId: string): PersonView => ({ personId, name: personId, createdAt: 0 });

describe('awaitingActivity', () => {
  it('is true for an ended chat of this person whose record is not in yet', () => {
    expect(awaitingActivity(panel(), chat())).toBe(true);
  });

  it('is false once the record is there', () => {
    expect(awaitingActivity(panel({ activities: [activity] }), chat())).toBe(false);
  });

  it('is false while the chat is active', () => {
    expect(awaitingActivity(panel(), chat({ status: 'active' }))).toBe(false);
  });

  it('is false for the panel of a person the chat is not linked to', () => {
    expect(awaitingActivity(panel(), chat({ personId: 'person-2' }))).toBe(false);
  });
});

describe('earlierChats', () => {
  it('leaves out the open chat and puts the newest first', () => {
    const chats = [
      { chatId: 'chat-0001', channel: 'default', createdAt: 3, question: 'now' },
      { chatId: 'chat-old1', channel: 'default', createdAt: 1, question: 'older' },
      { chatId: 'chat-old2', channel: 'default', createdAt: 2, question: 'newer' },
    ];
    expect(earlierChats(panel({ chats }), 'chat-0001').map((c) => c.question)).toEqual(['newer', 'older']);
  });
});

describe('mergePeople', () => {
  it('keeps each person once, in the order first found', () => {
    expect(mergePeople([[person('a'), person('b')], [person('b'), person('c')]]).map((p) => p.personId)).toEqual(['a', 'b', 'c']);
  });

  it('leaves out the person already linked', () => {
    expect(mergePeople([[person('a'), person('b')]], 'a').map((p) => p.personId)).toEqual(['b']);
  });
});
