import { watchedChats, watchedStore } from '../../../web-agent/src/watched-chats';
import type { ChatView } from '../../../functions/protocol/server-frames';

const chat = (chatId: string, extra: Partial<ChatView> = {}): ChatView => ({
  chatId, status: 'active', channel: 'default', customer: { name: 'Mila', email: 'mila@example.com' }, question: 'Hi', createdAt: 1, lastSeq: 2,
  agent: { id: 'anna', name: 'Anna' }, ...extra,
});

describe('watchedChats', () => {
  test('keeps the ongoing chats another agent answers', () => {
    const chats = [chat('theirs'), chat('mine', { agent: { id: 'carla', name: 'Carla' } }), chat('ended', { status: 'ended' }), chat('waiting', { status: 'queued', agent: undefined })];
    expect(watchedChats(chats, 'carla', new Set())).toEqual(['theirs']);
  });

  test('leaves out a chat closed on this console and one offered to this agent', () => {
    const offered = chat('offered', { transfer: { from: { id: 'anna', name: 'Anna' }, to: { id: 'carla', name: 'Carla' }, requestedAt: 1 } });
    expect(watchedChats([chat('closed'), offered], 'carla', new Set(['closed']))).toEqual([]);
  });
});

describe('watchedStore', () => {
  const storage = new Map<string, string>();
  beforeAll(() => {
    (globalThis as { sessionStorage?: unknown }).sessionStorage = {
      getItem: (key: string) => storage.get(key) ?? null,
      setItem: (key: string, value: string) => void storage.set(key, value),
      removeItem: (key: string) => void storage.delete(key),
    };
  });
  afterAll(() => delete (globalThis as { sessionStorage?: unknown }).sessionStorage);

  test('keeps each agent\'s list apart, and forgets an empty one', () => {
    watchedStore.save('carla', ['c1', 'c2']);
    watchedStore.save('bram', ['c3']);
    expect(watchedStore.load('carla')).toEqual(['c1', 'c2']);
    watchedStore.save('carla', []);
    expect(watchedStore.load('carla')).toEqual([]);
    expect(storage.has('parley.watched.carla')).toBe(false);
    expect(watchedStore.load('bram')).toEqual(['c3']);
  });

  test('reads what is not a list of ids as nothing', () => {
    storage.set('parley.watched.dirk', '{"not":"a list"}');
    storage.set('parley.watched.eva', 'not json');
    expect(watchedStore.load('dirk')).toEqual([]);
    expect(watchedStore.load('eva')).toEqual([]);
  });
});
