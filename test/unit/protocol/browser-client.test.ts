import { createBrowserClient, RESEND_MS, type ConnectionState } from '../../../functions/protocol/browser-client';
import type { MessageView } from '../../../functions/protocol/server-frames';
import { fakeNetwork } from './fake-socket';
import { keepHeartbeat } from '../../../functions/protocol/browser/heartbeat';
import { PACE_MS } from '../../../functions/protocol/browser/paced-sends';

const config = { apiBase: 'http://api.test', wsUrl: 'ws://api.test/ws' };
const CHAT = 'chat-0001';

function message(seq: number, extra: Partial<MessageView> = {}): { type: 'message'; message: MessageView } {
  return {
    type: 'message',
    message: { chatId: CHAT, seq, kind: 'text', author: { role: 'customer', name: 'Ada' }, text: `text ${seq}`, at: seq, ...extra },
  };
}

const chatFrame = (chatId: string, status: 'queued' | 'active' | 'ended' = 'active') => ({
  type: 'chat' as const,
  chat: { chatId, status, channel: 'default', customer: { name: 'Ada', email: 'ada@example.com' }, question: 'hi', createdAt: 1, lastSeq: 0 },
});

/** Lets the ticket request (two awaits) finish. */
const settle = async () => {
  for (let i = 0; i < 5; i++) await Promise.resolve();
};

/** A client whose connection is open and caught up (its sync answered), as before anything is written. */
async function connected() {
  const net = fakeNetwork();
  const client = createBrowserClient({ config, token: 'tok', WebSocket: net.WebSocket, fetch: net.fetch, random: () => 0.5 });
  client.connect();
  await settle();
  net.socket.open();
  net.socket.receive({ type: 'synced', chatIds: [] });
  return { net, client };
}

/** Drops the socket and lets the client come back on a new one, as after a network blip. */
async function reconnect(net: ReturnType<typeof fakeNetwork>) {
  net.socket.drop();
  await jest.advanceTimersByTimeAsync(60_000);
  net.socket.open();
}

beforeEach(() => jest.useFakeTimers());
afterEach(() => jest.useRealTimers());

describe('connect', () => {
  it('exchanges the token for a ticket and opens the socket with that ticket', async () => {
    const { net } = await connected();
    expect(net.ticketRequests[0].url).toBe('http://api.test/api/tickets');
    expect(net.ticketRequests[0].init?.headers).toEqual({ authorization: 'Bearer tok' });
    expect(net.socket.url).toBe('ws://api.test/ws?ticket=ticket-1');
  });

  it('opens the first socket with a ticket it was given, asking for none', async () => {
    const net = fakeNetwork();
    const client = createBrowserClient({ config, token: 'tok', ticket: 'given-ticket', WebSocket: net.WebSocket, fetch: net.fetch });
    client.connect();
    await settle();
    expect(net.ticketRequests).toEqual([]);
    expect(net.socket.url).toBe('ws://api.test/ws?ticket=given-ticket');
  });

  it('asks for a fresh ticket when the socket opened with a given ticket is refused or drops: a ticket works once', async () => {
    const net = fakeNetwork();
    const client = createBrowserClient({ config, token: 'tok', ticket: 'given-ticket', WebSocket: net.WebSocket, fetch: net.fetch, random: () => 0.5 });
    client.connect();
    await settle();
    net.socket.drop();
    await jest.advanceTimersByTimeAsync(60_000);
    expect(net.ticketRequests.map((r) => r.url)).toEqual(['http://api.test/api/tickets']);
    expect(net.socket.url).toBe('ws://api.test/ws?ticket=ticket-1');
  });

  it('sends sync with the cursor of every followed chat as soon as the socket opens', async () => {
    const net = fakeNetwork();
    const client = createBrowserClient({ config, token: 'tok', WebSocket: net.WebSocket, fetch: net.fetch });
    client.follow(CHAT);
    client.connect();
    await settle();
    net.socket.open();
    expect(net.socket.sent).toEqual([{ action: 'sync', cursors: { [CHAT]: 0 }, ref: expect.any(String) }]);
  });

  it('with quietWhenEmpty, sends nothing on open while it holds no chat, and a chat started then goes out at once', async () => {
    const net = fakeNetwork();
    const client = createBrowserClient({ config, token: 'tok', WebSocket: net.WebSocket, fetch: net.fetch, quietWhenEmpty: true });
    client.connect();
    await settle();
    net.socket.open();
    expect(net.socket.sent).toEqual([]);

    client.send({ action: 'chat.start', chatId: CHAT, name: 'Ada', email: 'ada@example.com', question: 'hi' });
    expect(net.socket.sent).toEqual([expect.objectContaining({ action: 'chat.start', chatId: CHAT })]);
  });

  it('with quietWhenEmpty, still syncs a chat it holds, and resends its unconfirmed start after the answer', async () => {
    const net = fakeNetwork();
    const client = createBrowserClient({ config, token: 'tok', WebSocket: net.WebSocket, fetch: net.fetch, random: () => 0.5, quietWhenEmpty: true });
    client.connect();
    await settle();
    net.socket.open();
    client.send({ action: 'chat.start', chatId: CHAT, name: 'Ada', email: 'ada@example.com', question: 'hi' });
    await reconnect(net);
    expect(net.socket.sent).toEqual([{ action: 'sync', cursors: { [CHAT]: 0 }, ref: expect.any(String) }]);
    net.socket.receive({ type: 'synced', chatIds: [] });
    expect(net.socket.sent[1]).toMatchObject({ action: 'chat.start', chatId: CHAT });
  });

  it('reports connecting, then online', async () => {
    const net = fakeNetwork();
    const client = createBrowserClient({ config, token: 'tok', WebSocket: net.WebSocket, fetch: net.fetch });
    const states: ConnectionState[] = [];
    client.on('state', (state) => states.push(state));
    expect(client.state).toBe('connecting');
    client.connect();
    await settle();
    net.socket.open();
    expect(states).toEqual(['online']);
  });
});

describe('messages', () => {
  it('holds a message once even when its seq arrives twice', async () => {
    const { net, client } = await connected();
    net.socket.receive(message(1), message(1));
    expect(client.messages(CHAT)).toHaveLength(1);
  });

  it('does not emit a message frame for a message it already holds', async () => {
    const { net, client } = await connected();
    const seen: number[] = [];
    client.on('frame', (frame) => frame.type === 'message' && seen.push(frame.message.seq));
    net.socket.receive(message(1), message(2), message(1));
    expect(seen).toEqual([1, 2]);
  });

  it('shows a clientMessageId only once, even under a second seq', async () => {
    const { net, client } = await connected();
    net.socket.receive(message(1, { clientMessageId: 'client-msg-1' }), message(2, { clientMessageId: 'client-msg-1' }));
    expect(client.messages(CHAT).map((m) => m.seq)).toEqual([1]);
    expect(client.cursor(CHAT)).toBe(2);
  });

  it('keeps messages in seq order whatever order they arrive in', async () => {
    const { net, client } = await connected();
    net.socket.receive(message(3), message(1), message(2));
    expect(client.messages(CHAT).map((m) => m.seq)).toEqual([1, 2, 3]);
  });
});

describe('a post holding several frames', () => {
  it('handles each frame of an array in order, as if they had come one by one', async () => {
    const { net, client } = await connected();
    const seen: string[] = [];
    client.on('frame', (frame) => seen.push(frame.type === 'message' ? `message ${frame.message.seq}` : frame.type));
    net.socket.receive([chatFrame(CHAT, 'active'), message(1), message(2)]);
    expect(seen).toEqual(['chat', 'message 1', 'message 2']);
    expect(client.chat(CHAT)?.status).toBe('active');
    expect(client.messages(CHAT).map((m) => m.seq)).toEqual([1, 2]);
  });

  it('confirms a chat start from the chat frame at the head of the reply', async () => {
    const { net, client } = await connected();
    client.send({ action: 'chat.start', chatId: CHAT, name: 'Ada', email: 'ada@example.com', question: 'hi' });
    net.socket.receive([chatFrame(CHAT, 'queued'), message(1)]);
    expect(client.outbox()).toEqual([]);
    expect(client.cursor(CHAT)).toBe(1);
  });

  it('reports a change for every frame of the array', async () => {
    const { net, client } = await connected();
    let changes = 0;
    client.on('change', () => changes++);
    net.socket.receive([{ type: 'presence', status: 'present' }, { type: 'synced', chatIds: [] }]);
    expect(changes).toBe(2);
  });
});

describe('cursor', () => {
  it('advances only over an unbroken run of seqs', async () => {
    const { net, client } = await connected();
    net.socket.receive(message(1), message(2), message(4));
    expect(client.cursor(CHAT)).toBe(2);
    net.socket.receive(message(3));
    expect(client.cursor(CHAT)).toBe(4);
  });

  it('asks again from before a gap when it reconnects', async () => {
    const { net } = await connected();
    net.socket.receive(chatFrame(CHAT), message(1), message(3));
    await reconnect(net);
    expect(net.socket.sent[0]).toMatchObject({ action: 'sync', cursors: { [CHAT]: 1 } });
  });

  it('sends at most 50 cursors, leaving out ended chats first', async () => {
    const { net } = await connected();
    net.socket.receive(chatFrame('ended-chat', 'ended'));
    for (let i = 0; i < 50; i++) net.socket.receive(chatFrame(`active-chat-${i}`));
    await reconnect(net);
    const sync = net.socket.sent[0] as { cursors: Record<string, number> };
    expect(Object.keys(sync.cursors)).toHaveLength(50);
    expect(sync.cursors).not.toHaveProperty('ended-chat');
  });
});

describe('send', () => {
  const hello = { action: 'message.send', chatId: CHAT, clientMessageId: 'client-msg-1', text: 'hello' } as const;

  it('keeps a message pending until the server echoes it', async () => {
    const { net, client } = await connected();
    client.send(hello);
    expect(client.pending(CHAT).map((m) => m.text)).toEqual(['hello']);
    net.socket.receive(message(1, { clientMessageId: 'client-msg-1', text: 'hello' }));
    expect(client.pending(CHAT)).toEqual([]);
  });

  it('tags a message with its clientMessageId as ref, so an error frame can name it', async () => {
    const { net, client } = await connected();
    client.send(hello);
    expect(net.socket.sent[1]).toEqual({ ...hello, ref: 'client-msg-1' });
  });

  it('treats a duplicate frame as confirmation', async () => {
    const { net, client } = await connected();
    client.send(hello);
    net.socket.receive({ type: 'duplicate', chatId: CHAT, clientMessageId: 'client-msg-1' });
    expect(client.pending(CHAT)).toEqual([]);
  });

  it('drops a pending message the server refused', async () => {
    const { net, client } = await connected();
    client.send(hello);
    net.socket.receive({ type: 'error', code: 'chat-ended', message: 'This chat has ended.', ref: 'client-msg-1' });
    expect(client.pending(CHAT)).toEqual([]);
  });

  it('keeps a message refused as sent too fast, sends it again in its turn, and tells nobody of the refusal', async () => {
    const { net, client } = await connected();
    const frames: string[] = [];
    client.on('frame', (frame) => frames.push(frame.type));
    client.send(hello);
    net.socket.receive({ type: 'error', code: 'rate-limited', message: 'You are sending too fast', ref: 'client-msg-1' });
    expect(client.pending(CHAT).map((m) => m.text)).toEqual(['hello']);
    expect(frames).toEqual([]);
    await jest.advanceTimersByTimeAsync(PACE_MS);
    expect(net.socket.sent.slice(1)).toEqual([{ ...hello, ref: 'client-msg-1' }, { ...hello, ref: 'client-msg-1' }]);
  });

  it('after a message refused as sent too fast, sends it and those written after it one at a time, in the order written', async () => {
    const { net, client } = await connected();
    const say = (n: number) => ({ action: 'message.send', chatId: CHAT, clientMessageId: `client-msg-${n}`, text: `m${n}` }) as const;
    const sentTexts = () => net.socket.sent.filter((f) => f.action === 'message.send').map((f) => (f as { text: string }).text);
    client.send(say(1));
    client.send(say(2));
    net.socket.receive({ type: 'error', code: 'rate-limited', message: 'You are sending too fast', ref: 'client-msg-2' });
    client.send(say(3));
    client.send(say(4));
    expect(sentTexts()).toEqual(['m1', 'm2']);

    await jest.advanceTimersByTimeAsync(PACE_MS);
    expect(sentTexts()).toEqual(['m1', 'm2', 'm2']);
    // Refused again: its turn comes again before the next one's.
    net.socket.receive({ type: 'error', code: 'rate-limited', message: 'You are sending too fast', ref: 'client-msg-2' });
    await jest.advanceTimersByTimeAsync(PACE_MS);
    expect(sentTexts()).toEqual(['m1', 'm2', 'm2', 'm2']);
    await jest.advanceTimersByTimeAsync(2 * PACE_MS);
    expect(sentTexts()).toEqual(['m1', 'm2', 'm2', 'm2', 'm3', 'm4']);
  });

  it('a later message refused while an earlier one waits for its turn does not take that turn', async () => {
    const { net, client } = await connected();
    const say = (n: number) => ({ action: 'message.send', chatId: CHAT, clientMessageId: `client-msg-${n}`, text: `m${n}` }) as const;
    const tooFast = (n: number) => net.socket.receive({ type: 'error', code: 'rate-limited', message: 'You are sending too fast', ref: `client-msg-${n}` });
    client.send(say(1));
    client.send(say(2));
    client.send(say(3));
    tooFast(1);
    tooFast(2);
    await jest.advanceTimersByTimeAsync(3 * PACE_MS);
    expect(net.socket.sent.filter((f) => f.action === 'message.send').map((f) => (f as { text: string }).text)).toEqual(['m1', 'm2', 'm3', 'm1', 'm2', 'm3']);
  });

  it('sends at once again once every paced message has had its turn', async () => {
    const { net, client } = await connected();
    const say = (n: number) => ({ action: 'message.send', chatId: CHAT, clientMessageId: `client-msg-${n}`, text: `m${n}` }) as const;
    client.send(say(1));
    net.socket.receive({ type: 'error', code: 'rate-limited', message: 'You are sending too fast', ref: 'client-msg-1' });
    await jest.advanceTimersByTimeAsync(2 * PACE_MS);
    client.send(say(2));
    expect(net.socket.sent.filter((f) => f.action === 'message.send').map((f) => (f as { text: string }).text)).toEqual(['m1', 'm1', 'm2']);
  });

  it('resends a still-pending message after the reconnect sync, with the same clientMessageId', async () => {
    const { net, client } = await connected();
    client.send(hello);
    await reconnect(net);
    net.socket.receive({ type: 'synced', chatIds: [CHAT] });
    expect(net.socket.sent).toEqual([expect.objectContaining({ action: 'sync' }), { ...hello, ref: 'client-msg-1' }]);
  });

  it('does not resend a message that the reconnect sync delivered', async () => {
    const { net, client } = await connected();
    client.send(hello);
    await reconnect(net);
    net.socket.receive(message(1, { clientMessageId: 'client-msg-1' }), { type: 'synced', chatIds: [CHAT] });
    expect(net.socket.sent.map((f) => f.action)).toEqual(['sync']);
  });

  it('keeps a message written while offline and sends it once back online', async () => {
    const { net, client } = await connected();
    net.socket.drop();
    expect(client.send(hello)).toBe(false);
    await jest.advanceTimersByTimeAsync(60_000);
    net.socket.open();
    net.socket.receive({ type: 'synced', chatIds: [] });
    expect(net.socket.sent[1]).toMatchObject({ action: 'message.send', clientMessageId: 'client-msg-1' });
  });

  it('sends what was written while offline in the order written, one at a time, whatever each resend timer says', async () => {
    const { net, client } = await connected();
    net.socket.drop();
    const say = (n: number) => ({ action: 'message.send', chatId: CHAT, clientMessageId: `client-msg-${n}`, text: `m${n}` }) as const;
    for (const n of [1, 2, 3]) {
      client.send(say(n));
      await jest.advanceTimersByTimeAsync(300);
    }
    const texts = () => net.socket.sent.filter((f) => f.action === 'message.send').map((f) => (f as { text: string }).text);
    // Back at a moment when m2's and m3's resend timers fire before the sync is answered.
    await jest.advanceTimersByTimeAsync(60_000 - 900 + 4_400);
    net.socket.open();
    await jest.advanceTimersByTimeAsync(550);
    expect(texts()).toEqual([]);
    net.socket.receive({ type: 'synced', chatIds: [CHAT] });
    expect(texts()).toEqual(['m1']);
    await jest.advanceTimersByTimeAsync(PACE_MS);
    expect(texts()).toEqual(['m1', 'm2']);
    client.send(say(4));
    await jest.advanceTimersByTimeAsync(2 * PACE_MS);
    expect(texts()).toEqual(['m1', 'm2', 'm3', 'm4']);
  });

  it('sends a message written between the reconnect and its sync after those written before', async () => {
    const { net, client } = await connected();
    const say = (n: number) => ({ action: 'message.send', chatId: CHAT, clientMessageId: `client-msg-${n}`, text: `m${n}` }) as const;
    net.socket.drop();
    client.send(say(1));
    await jest.advanceTimersByTimeAsync(60_000);
    net.socket.open();
    expect(client.send(say(2))).toBe(true);
    net.socket.receive({ type: 'synced', chatIds: [CHAT] });
    await jest.advanceTimersByTimeAsync(PACE_MS);
    expect(net.socket.sent.filter((f) => f.action === 'message.send').map((f) => (f as { text: string }).text)).toEqual(['m1', 'm2']);
  });

  it('does not queue frames other than messages and chat starts while offline', async () => {
    const { net, client } = await connected();
    net.socket.drop();
    expect(client.send({ action: 'queue.next' })).toBe(false);
    await reconnect(net);
    net.socket.receive({ type: 'synced', chatIds: [] });
    expect(net.socket.sent.map((f) => f.action)).toEqual(['sync']);
  });

  it('resends chat.start after a reconnect until the chat frame arrives', async () => {
    const { net, client } = await connected();
    client.send({ action: 'chat.start', chatId: CHAT, name: 'Ada', email: 'ada@example.com', question: 'hi' });
    await reconnect(net);
    expect(net.socket.sent[0]).toMatchObject({ action: 'sync', cursors: { [CHAT]: 0 } });
    net.socket.receive({ type: 'synced', chatIds: [] });
    expect(net.socket.sent[1]).toMatchObject({ action: 'chat.start', chatId: CHAT, ref: CHAT });
    net.socket.receive(chatFrame(CHAT, 'queued'));
    await reconnect(net);
    net.socket.receive({ type: 'synced', chatIds: [CHAT] });
    expect(net.socket.sent.map((f) => f.action)).toEqual(['sync']);
  });
});

describe('confirmation without an echo', () => {
  const hello = { action: 'message.send', chatId: CHAT, clientMessageId: 'client-msg-1', text: 'hello' } as const;
  const stored = (seq: number) => message(seq, { author: { role: 'agent', name: 'Bo' }, clientMessageId: 'client-msg-1', text: 'hello' }).message;

  it('holds its own message, and stops waiting for it, when the other side\'s message confirms it', async () => {
    const { net, client } = await connected();
    client.send(hello);
    net.socket.receive({ ...message(3, { clientMessageId: 'their-1' }), confirms: [stored(2)] });
    expect(client.pending(CHAT)).toEqual([]);
    expect(client.messages(CHAT).map((m) => [m.seq, m.text])).toEqual([[2, 'hello'], [3, 'text 3']]);
  });

  it('is confirmed by the other side\'s read marker carrying it', async () => {
    const { net, client } = await connected();
    client.send(hello);
    net.socket.receive({ type: 'read', chatId: CHAT, role: 'customer', seq: 2, confirms: [stored(2)] });
    expect(client.pending(CHAT)).toEqual([]);
    expect(client.cursor(CHAT)).toBe(0);
    expect(client.messages(CHAT).map((m) => m.seq)).toEqual([2]);
  });

  it('holds the stored message a duplicate answer carries', async () => {
    const { net, client } = await connected();
    client.send(hello);
    net.socket.receive({ type: 'duplicate', chatId: CHAT, clientMessageId: 'client-msg-1', message: stored(1) });
    expect(client.messages(CHAT).map((m) => m.clientMessageId)).toEqual(['client-msg-1']);
    expect(client.cursor(CHAT)).toBe(1);
  });

  it('resends a message still unconfirmed after RESEND_MS, with the same clientMessageId', async () => {
    const { net, client } = await connected();
    client.send(hello);
    await jest.advanceTimersByTimeAsync(RESEND_MS);
    expect(net.socket.sent.filter((f) => f.action === 'message.send')).toEqual([{ ...hello, ref: 'client-msg-1' }, { ...hello, ref: 'client-msg-1' }]);
  });

  it('does not resend a message confirmed before RESEND_MS', async () => {
    const { net, client } = await connected();
    client.send(hello);
    net.socket.receive({ type: 'duplicate', chatId: CHAT, clientMessageId: 'client-msg-1', message: stored(1) });
    await jest.advanceTimersByTimeAsync(3 * RESEND_MS);
    expect(net.socket.sent.filter((f) => f.action === 'message.send')).toHaveLength(1);
  });
});

describe('reconnect', () => {
  it('opens a new socket with a fresh ticket after the connection drops', async () => {
    const { net, client } = await connected();
    await reconnect(net);
    expect(net.sockets).toHaveLength(2);
    expect(net.socket.url).toBe('ws://api.test/ws?ticket=ticket-2');
    expect(client.state).toBe('online');
  });

  it('reports offline while the connection is down', async () => {
    const { net, client } = await connected();
    net.socket.drop();
    expect(client.state).toBe('offline');
  });

  it('waits longer after each failed attempt', async () => {
    const { net } = await connected();
    net.socket.drop();
    await jest.advanceTimersByTimeAsync(375); // first retry: 250 + 250 × 0.5
    expect(net.sockets).toHaveLength(2);
    net.socket.drop();
    await jest.advanceTimersByTimeAsync(749);
    expect(net.sockets).toHaveLength(2);
    await jest.advanceTimersByTimeAsync(1);
    expect(net.sockets).toHaveLength(3);
  });

  it('starts the wait from the beginning once a connection has synced', async () => {
    const { net } = await connected();
    net.socket.drop();
    await jest.advanceTimersByTimeAsync(375);
    net.socket.open();
    net.socket.receive({ type: 'synced', chatIds: [] });
    net.socket.drop();
    await jest.advanceTimersByTimeAsync(375);
    expect(net.sockets).toHaveLength(3);
  });

  it('skips the rest of the wait when asked to reconnect now', async () => {
    const { net, client } = await connected();
    net.socket.drop();
    client.reconnectNow();
    await settle();
    expect(net.sockets).toHaveLength(2);
  });

  it('stops and reports unauthorized when the ticket request is refused', async () => {
    const { net, client } = await connected();
    const unauthorized = jest.fn();
    client.on('unauthorized', unauthorized);
    net.ticketStatus = 401;
    net.socket.drop();
    await jest.advanceTimersByTimeAsync(60_000);
    expect(unauthorized).toHaveBeenCalledTimes(1);
    expect(net.sockets).toHaveLength(1);
  });

  it('does not reconnect after close', async () => {
    const { net, client } = await connected();
    client.close();
    await jest.advanceTimersByTimeAsync(60_000);
    expect(net.sockets).toHaveLength(1);
    expect(client.state).toBe('offline');
  });
});

describe('server failures', () => {
  it("turns API Gateway's internal error body into an error frame", async () => {
    const { net, client } = await connected();
    const frames: unknown[] = [];
    client.on('frame', (frame) => frames.push(frame));
    net.socket.receive({ message: 'Internal server error', connectionId: 'abc', requestId: 'r1' });
    expect(frames).toEqual([{ type: 'error', code: 'internal', message: 'Internal server error' }]);
  });
});

describe('heartbeat', () => {
  async function withHeartbeat() {
    const net = fakeNetwork();
    const client = createBrowserClient({ config, token: 'tok', WebSocket: net.WebSocket, fetch: net.fetch, random: () => 0.5 });
    const stop = keepHeartbeat(client, 60);
    client.connect();
    await settle();
    net.socket.open();
    return { net, client, stop };
  }
  const pings = (net: ReturnType<typeof fakeNetwork>) => net.sockets.flatMap((s) => s.sent).filter((f) => f.action === 'ping');

  it('sends a ping every given number of seconds while connected', async () => {
    const { net } = await withHeartbeat();
    await jest.advanceTimersByTimeAsync(180_000);
    expect(pings(net)).toEqual([{ action: 'ping' }, { action: 'ping' }, { action: 'ping' }]);
  });

  it('sends no pings while the connection is down', async () => {
    const { net } = await withHeartbeat();
    net.ticketStatus = 500;
    net.socket.drop();
    await jest.advanceTimersByTimeAsync(30_000);
    expect(pings(net)).toEqual([]);
  });

  it('stops pinging once stopped, and after close', async () => {
    const { net, client, stop } = await withHeartbeat();
    stop();
    await jest.advanceTimersByTimeAsync(180_000);
    expect(pings(net)).toEqual([]);
    keepHeartbeat(client, 60);
    client.close();
    await jest.advanceTimersByTimeAsync(180_000);
    expect(pings(net)).toEqual([]);
  });

  it('sends no pings without one', async () => {
    const { net } = await connected();
    await jest.advanceTimersByTimeAsync(180_000);
    expect(pings(net)).toEqual([]);
  });
});

describe('read markers', () => {
  it("keeps a relayed read marker on the chat's view", async () => {
    const { net, client } = await connected();
    net.socket.receive(chatFrame(CHAT), { type: 'read', chatId: CHAT, role: 'agent', seq: 3 });
    expect(client.chat(CHAT)?.read).toEqual({ agent: 3 });
  });

  it('never lowers a read marker', async () => {
    const { net, client } = await connected();
    net.socket.receive(chatFrame(CHAT), { type: 'read', chatId: CHAT, role: 'customer', seq: 5 }, { type: 'read', chatId: CHAT, role: 'customer', seq: 4 });
    expect(client.chat(CHAT)?.read?.customer).toBe(5);
  });

  it('keeps a higher marker when a chat frame with an older one arrives', async () => {
    const { net, client } = await connected();
    net.socket.receive(chatFrame(CHAT), { type: 'read', chatId: CHAT, role: 'agent', seq: 6 });
    net.socket.receive({ type: 'chat', chat: { ...chatFrame(CHAT).chat, read: { agent: 2, customer: 4 } } });
    expect(client.chat(CHAT)?.read).toEqual({ agent: 6, customer: 4 });
  });

  it("moves its own role's marker as it sends a read, since the server tells only its other connections", async () => {
    const net = fakeNetwork();
    const client = createBrowserClient({ config, token: 'tok', WebSocket: net.WebSocket, fetch: net.fetch, random: () => 0.5, role: 'customer' });
    let changes = 0;
    client.on('change', () => changes++);
    client.connect();
    await settle();
    net.socket.open();
    net.socket.receive({ type: 'chat', chat: { ...chatFrame(CHAT).chat, read: { customer: 1 } } });
    const before = changes;

    expect(client.send({ action: 'chat.read', chatId: CHAT, seq: 3 })).toBe(true);
    expect(client.chat(CHAT)?.read).toEqual({ customer: 3 });
    expect(changes).toBeGreaterThan(before);
    // One that could not go out (offline) moves nothing: the screen reports it again later.
    net.ticketStatus = 500;
    net.socket.drop();
    expect(client.send({ action: 'chat.read', chatId: CHAT, seq: 4 })).toBe(false);
    expect(client.chat(CHAT)?.read).toEqual({ customer: 3 });
  });

  it('moves no marker of its own without a role (the console keeps its own reports)', async () => {
    const { net, client } = await connected();
    net.socket.receive(chatFrame(CHAT));
    client.send({ action: 'chat.read', chatId: CHAT, seq: 3 });
    expect(client.chat(CHAT)?.read ?? {}).toEqual({});
  });
});

describe('chat views', () => {
  const view = (status: 'queued' | 'active', lastSeq: number) => ({ type: 'chat' as const, chat: { ...chatFrame(CHAT, status).chat, lastSeq } });

  it("ignores a view older than the one held: a claim's frame can overtake the start's reply", async () => {
    const { net, client } = await connected();
    const heard: string[] = [];
    client.on('frame', (frame) => frame.type === 'chat' && heard.push(frame.chat.status));
    net.socket.receive(view('active', 2), view('queued', 1));
    expect(client.chat(CHAT)?.status).toBe('active');
    expect(heard).toEqual(['active']);
  });

  it('takes a view with the same seq, which changed something other than messages', async () => {
    const { net, client } = await connected();
    net.socket.receive(view('active', 2), { type: 'chat', chat: { ...view('active', 2).chat, personId: 'person-1' } });
    expect(client.chat(CHAT)?.personId).toBe('person-1');
  });
});
