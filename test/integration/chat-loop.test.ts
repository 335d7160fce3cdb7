/** One chat from start to end, through the real gateway, handlers and dynalite. */
import { ANNA, type TestRuntime } from '../support/runtime';
import { Client, loginAgent, newVisitor, ticketFor } from '../support/clients';
import { runtimePerFile } from '../support/runtime-world';

let runtime: TestRuntime;
const clients: Client[] = [];

runtimePerFile((started) => (runtime = started), clients);

async function customer() {
  const visitor = await newVisitor(runtime.url);
  const client = await Client.connect(runtime.wsUrl, await ticketFor(runtime.url, visitor.token));
  clients.push(client);
  return { client, visitor };
}

async function agent(email = ANNA.email, password = ANNA.password) {
  const login = await loginAgent(runtime.url, email, password);
  const client = await Client.connect(runtime.wsUrl, await ticketFor(runtime.url, login.token));
  clients.push(client);
  client.send({ action: 'sync' });
  await client.next('synced');
  return { client, login };
}

test('a customer starts a chat, an agent answers it, they talk, and the agent ends it', async () => {
  const { client: cust } = await customer();
  const { client: anna } = await agent();

  anna.send({ action: 'presence.set', status: 'present' });
  expect(await anna.next('presence', (f) => f.status === 'present')).toEqual({ type: 'presence', status: 'present' });

  cust.send({ action: 'chat.start', chatId: 'chat-loop-0001', name: 'Mila', email: 'mila@example.com', question: 'Where is my order?' });
  const queued = await cust.next('chat');
  expect(queued.chat).toMatchObject({ chatId: 'chat-loop-0001', status: 'queued', lastSeq: 1 });
  expect((await cust.next('message')).message).toMatchObject({ seq: 1, kind: 'text', text: 'Where is my order?', author: { role: 'customer', name: 'Mila' } });
  expect(await anna.next('queue', (f) => f.waiting === 1)).toBeTruthy();

  anna.send({ action: 'queue.next' });
  const claimed = await anna.next('chat', (f) => f.chat.chatId === 'chat-loop-0001');
  expect(claimed.chat).toMatchObject({ status: 'active', agent: { name: ANNA.name } });
  await anna.next('message', (f) => f.message.event === 'joined');
  expect(anna.messages('chat-loop-0001').map((m) => m.seq)).toEqual([1, 2]);
  await cust.next('message', (f) => f.message.event === 'joined');
  expect((await cust.next('chat')).chat.status).toBe('active');
  expect(await anna.next('queue', (f) => f.waiting === 0)).toBeTruthy();

  anna.send({ action: 'message.send', chatId: 'chat-loop-0001', clientMessageId: 'anna-msg-0001', text: 'Let me check that for you.' });
  const toCustomer = await cust.next('message', (f) => f.message.clientMessageId === 'anna-msg-0001');
  expect(toCustomer.message).toMatchObject({ seq: 3, text: 'Let me check that for you.', author: { role: 'agent', name: ANNA.name } });

  cust.send({ action: 'message.send', chatId: 'chat-loop-0001', clientMessageId: 'mila-msg-0001', text: 'Thanks!' });
  expect((await anna.next('message', (f) => f.message.clientMessageId === 'mila-msg-0001')).message).toMatchObject({ seq: 4, author: { role: 'customer', name: 'Mila' } });

  anna.send({ action: 'chat.end', chatId: 'chat-loop-0001' });
  expect((await cust.next('chat', (f) => f.chat.status === 'ended')).chat.endedAt).toEqual(expect.any(Number));
  expect((await cust.next('message', (f) => f.message.event === 'ended')).message.seq).toBe(5);
  expect((await anna.next('chat', (f) => f.chat.status === 'ended')).chat.chatId).toBe('chat-loop-0001');
});

test('a message sent after the chat ended is refused and stored nowhere', async () => {
  const { client: cust } = await customer();
  const { client: bram } = await agent('bram@parley.test', 'parley-bram');
  cust.send({ action: 'chat.start', chatId: 'chat-loop-0002', name: 'Noor', email: 'noor@example.com', question: 'Hello?' });
  await cust.next('chat');
  bram.send({ action: 'queue.next' });
  await bram.next('chat', (f) => f.chat.chatId === 'chat-loop-0002');
  cust.send({ action: 'chat.end', chatId: 'chat-loop-0002' });
  await bram.next('chat', (f) => f.chat.status === 'ended');

  bram.send({ action: 'message.send', ref: 'late', chatId: 'chat-loop-0002', clientMessageId: 'bram-late-0001', text: 'Still there?' });
  expect(await bram.next('error')).toMatchObject({ ref: 'late', code: 'chat-ended' });
  cust.send({ action: 'sync', cursors: { 'chat-loop-0002': 0 } });
  await cust.next('synced');
  expect(cust.messages('chat-loop-0002').map((m) => m.text)).not.toContain('Still there?');
});
