import { createBrowserClient } from '../../../../functions/protocol/browser-client';
import { persistOutbox } from '../../../../web-widget/src/panel/persisted-outbox';
import { fakeNetwork } from '../../protocol/fake-socket';
import { installStorage } from '../fake-storage';

const config = { apiBase: 'http://api.test', wsUrl: 'ws://api.test/ws' };
const hello = { action: 'message.send' as const, chatId: 'chat-0001', clientMessageId: 'msg-00001', text: 'hello' };

const settle = async () => {
  for (let i = 0; i < 5; i++) await Promise.resolve();
};

/** A page load: a client with its outbox kept in this tab's sessionStorage, connected and synced. */
async function page() {
  const net = fakeNetwork();
  const client = createBrowserClient({ config, token: 'tok', WebSocket: net.WebSocket, fetch: net.fetch });
  persistOutbox(client, 'default');
  client.connect();
  await settle();
  return { net, client };
}

beforeEach(() => installStorage());

it('sends a message left unconfirmed before a reload again, under the same id', async () => {
  const before = await page();
  before.client.send(hello);
  before.client.close();

  const after = await page();
  after.net.socket.open();
  after.net.socket.receive({ type: 'synced', ref: after.net.socket.sent[0].ref, chatIds: [] });
  expect(after.net.socket.sent).toContainEqual({ ...hello, ref: hello.clientMessageId });
  expect(after.client.pending('chat-0001')).toHaveLength(1);
});

it('forgets a message once the server has it', async () => {
  const before = await page();
  before.net.socket.open();
  before.client.send(hello);
  before.net.socket.receive({ type: 'duplicate', chatId: hello.chatId, clientMessageId: hello.clientMessageId });

  const after = await page();
  expect(after.client.outbox()).toEqual([]);
});

it('skips anything stored that is not a start or a message', async () => {
  sessionStorage.setItem('parley.chat.default', JSON.stringify([{ action: 'chat.end', chatId: 'chat-0001' }, null]));
  const { client } = await page();
  expect(client.outbox()).toEqual([]);
});
