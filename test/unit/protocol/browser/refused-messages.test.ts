/**
 * A message the server refuses (the chat had ended meanwhile, say) is never sent again, and no longer
 * pending; its text is kept as refused, so a screen can show it as not sent rather than lose it, until
 * the chat is forgotten. One refused as sent too fast is no refusal: it stays pending.
 */
import { createBrowserClient, RESEND_MS } from '../../../../functions/protocol/browser-client';
import type { MessageSendFrame } from '../../../../functions/protocol/client-frames';
import { fakeNetwork } from '../fake-socket';

const config = { apiBase: 'http://api.test', wsUrl: 'ws://api.test/ws' };
const CHAT = 'chat-0001';
const OTHER = 'chat-0002';

const says = (chatId: string, clientMessageId: string, text: string): MessageSendFrame => ({ action: 'message.send', chatId, clientMessageId, text });

async function connected() {
  const net = fakeNetwork();
  const client = createBrowserClient({ config, token: 'tok', WebSocket: net.WebSocket, fetch: net.fetch, random: () => 0.5 });
  client.connect();
  for (let i = 0; i < 5; i++) await Promise.resolve();
  net.socket.open();
  net.socket.receive({ type: 'synced', chatIds: [] });
  return { net, client };
}

beforeEach(() => jest.useFakeTimers());
afterEach(() => jest.useRealTimers());

it('keeps a refused message as refused, oldest first and per chat, and never sends it again', async () => {
  const { net, client } = await connected();
  client.send(says(CHAT, 'm-1', 'first'));
  client.send(says(CHAT, 'm-2', 'second'));
  client.send(says(OTHER, 'm-3', 'elsewhere'));
  net.socket.receive({ type: 'error', code: 'chat-ended', message: 'This chat has ended', ref: 'm-1' });
  net.socket.receive({ type: 'error', code: 'chat-ended', message: 'This chat has ended', ref: 'm-2' });

  expect(client.pending(CHAT)).toEqual([]);
  expect(client.refused(CHAT).map((m) => m.text)).toEqual(['first', 'second']);
  expect(client.refused(OTHER)).toEqual([]);
  expect(client.outbox().map((m) => m.action === 'message.send' && m.text)).toEqual(['elsewhere']);

  const sent = net.socket.sent.length;
  await jest.advanceTimersByTimeAsync(RESEND_MS * 3);
  expect(net.socket.sent.slice(sent).map((f) => f.action === 'message.send' && f.text)).toEqual(['elsewhere', 'elsewhere', 'elsewhere']);
});

it('keeps one refused as sent too fast pending, and an error naming no message of its own changes nothing', async () => {
  const { net, client } = await connected();
  client.send(says(CHAT, 'm-1', 'quick'));
  net.socket.receive({ type: 'error', code: 'rate-limited', message: 'You are sending too fast', ref: 'm-1' });
  net.socket.receive({ type: 'error', code: 'file-too-large', message: 'big.bin is 20 MB; files can be at most 10 MB', ref: 'upload-1' });
  expect(client.pending(CHAT).map((m) => m.text)).toEqual(['quick']);
  expect(client.refused(CHAT)).toEqual([]);
});

it('lets the refused messages of a forgotten chat go with it', async () => {
  const { net, client } = await connected();
  client.send(says(CHAT, 'm-1', 'too late'));
  net.socket.receive({ type: 'error', code: 'chat-ended', message: 'This chat has ended', ref: 'm-1' });
  client.forget(CHAT);
  expect(client.refused(CHAT)).toEqual([]);
});
