/** Following a chat learnt while connected (another tab started it), reporting chats the server does not return, and the outbox. */
import { createBrowserClient } from '../../../functions/protocol/browser-client';
import type { SyncFrame } from '../../../functions/protocol/client-frames';
import { fakeNetwork } from './fake-socket';

const config = { apiBase: 'http://api.test', wsUrl: 'ws://api.test/ws' };
const CHAT = 'chat-0001';
const OTHER = 'chat-0002';

const settle = async () => {
  for (let i = 0; i < 5; i++) await Promise.resolve();
};

async function connected(follow: string[] = []) {
  const net = fakeNetwork();
  const client = createBrowserClient({ config, token: 'tok', WebSocket: net.WebSocket, fetch: net.fetch, random: () => 0.5 });
  follow.forEach(client.follow);
  client.connect();
  await settle();
  net.socket.open();
  return { net, client };
}

const syncs = (net: ReturnType<typeof fakeNetwork>) => net.socket.sent.filter((f): f is SyncFrame => f.action === 'sync');

describe('follow', () => {
  it('syncs a chat followed while connected at once, alone and from the start', async () => {
    const { net, client } = await connected([CHAT]);
    client.follow(OTHER);
    expect(syncs(net)[1]).toEqual({ action: 'sync', cursors: { [OTHER]: 0 }, ref: expect.any(String) });
  });

  it('sends nothing for a chat already held', async () => {
    const { net, client } = await connected([CHAT]);
    client.follow(CHAT);
    expect(syncs(net)).toHaveLength(1);
  });

  it('waits for the socket when not connected', async () => {
    const net = fakeNetwork();
    const client = createBrowserClient({ config, token: 'tok', WebSocket: net.WebSocket, fetch: net.fetch });
    client.connect();
    client.follow(CHAT);
    await settle();
    expect(net.sockets[0].sent).toEqual([]);
    net.socket.open();
    expect(syncs(net)[0].cursors).toEqual({ [CHAT]: 0 });
  });
});

describe('missing', () => {
  it('reports a chat the sync asked for and the server did not return', async () => {
    const { net, client } = await connected([CHAT, OTHER]);
    const missing: string[] = [];
    client.on('missing', (chatId) => missing.push(chatId));
    net.socket.receive({ type: 'synced', ref: syncs(net)[0].ref, chatIds: [CHAT] });
    expect(missing).toEqual([OTHER]);
  });

  it('does not report a chat whose start is not confirmed yet', async () => {
    const { net, client } = await connected();
    const missing: string[] = [];
    client.on('missing', (chatId) => missing.push(chatId));
    client.send({ action: 'chat.start', chatId: CHAT, name: 'Ada', email: 'ada@example.com', question: 'hi' });
    client.follow(CHAT);
    net.socket.drop();
    await jest.advanceTimersByTimeAsync(60_000);
    net.socket.open();
    net.socket.receive({ type: 'synced', ref: syncs(net)[0].ref, chatIds: [] });
    expect(missing).toEqual([]);
  });
});

describe('outbox', () => {
  it('lists unconfirmed starts first, then messages, until each is confirmed', async () => {
    const { net, client } = await connected();
    client.send({ action: 'message.send', chatId: OTHER, clientMessageId: 'msg-00001', text: 'hello' });
    client.send({ action: 'chat.start', chatId: CHAT, name: 'Ada', email: 'ada@example.com', question: 'hi' });
    expect(client.outbox().map((f) => f.action)).toEqual(['chat.start', 'message.send']);
    net.socket.receive({ type: 'duplicate', chatId: OTHER, clientMessageId: 'msg-00001' });
    net.socket.receive({
      type: 'chat',
      chat: { chatId: CHAT, status: 'queued', channel: 'default', customer: { name: 'Ada', email: 'ada@example.com' }, question: 'hi', createdAt: 1, lastSeq: 1 },
    });
    expect(client.outbox()).toEqual([]);
  });
});

beforeEach(() => jest.useFakeTimers());
afterEach(() => jest.useRealTimers());
