/** "Is typing" is relayed to the other side; read markers move forward only and reach both sides. */
import { ANNA, type TestRuntime } from '../support/runtime';
import { runtimePerFile } from '../support/runtime-world';
import { Client, connectAgent, connectCustomer } from '../support/clients';

let runtime: TestRuntime;
let customer: Client;
let anna: Client;
const clients: Client[] = [];

runtimePerFile(async (started) => {
  runtime = started;
  customer = await connectCustomer(runtime.url, runtime.wsUrl);
  anna = await connectAgent(runtime.url, runtime.wsUrl, ANNA.email, ANNA.password);
  clients.push(customer, anna);
  customer.send({ action: 'chat.start', chatId: 'signals-chat-01', name: 'Mila', email: 'mila@example.com', question: 'Hi there' });
  await customer.next('chat');
  anna.send({ action: 'queue.next' });
  await customer.next('message', (f) => f.message.event === 'joined');
}, clients);

test('the agent sees the customer typing, by the name the customer gave', async () => {
  customer.send({ action: 'typing', chatId: 'signals-chat-01' });
  expect(await anna.next('typing')).toEqual({ type: 'typing', chatId: 'signals-chat-01', role: 'customer', name: 'Mila' });
});

test('the customer sees the agent typing, and does not get their own typing back', async () => {
  anna.send({ action: 'typing', chatId: 'signals-chat-01' });
  expect(await customer.next('typing')).toMatchObject({ role: 'agent', name: ANNA.name });
  expect(customer.frames.filter((f) => f.type === 'typing' && f.role === 'customer')).toEqual([]);
});

test('a read marker reaches both sides and is kept on the chat', async () => {
  anna.send({ action: 'chat.read', chatId: 'signals-chat-01', seq: 2 });
  expect(await customer.next('read')).toEqual({ type: 'read', chatId: 'signals-chat-01', role: 'agent', seq: 2 });
  customer.send({ action: 'sync', cursors: { 'signals-chat-01': 2 } });
  await customer.next('synced');
  expect([...customer.frames].reverse().find((f) => f.type === 'chat')).toMatchObject({ chat: { read: { agent: 2 } } });
});

test('a read marker never moves back, nor past the last message', async () => {
  anna.send({ action: 'chat.read', chatId: 'signals-chat-01', seq: 1 });
  anna.send({ action: 'chat.read', chatId: 'signals-chat-01', seq: 99 });
  anna.send({ action: 'sync' });
  await anna.next('synced');
  await runtime.idle();
  const chat = [...anna.frames].reverse().find((f) => f.type === 'chat' && f.chat.chatId === 'signals-chat-01');
  expect(chat).toMatchObject({ chat: { read: { agent: 2 } } });
});

test("a customer cannot signal in another customer's chat", async () => {
  const stranger = await connectCustomer(runtime.url, runtime.wsUrl);
  stranger.send({ action: 'typing', chatId: 'signals-chat-01' });
  expect(await stranger.next('error')).toMatchObject({ code: 'not-found' });
  await stranger.close();
});

test("an agent's read marker goes to the customer and the agent's other consoles, not back to the console that reported it", async () => {
  const annasOtherTab = await connectAgent(runtime.url, runtime.wsUrl, ANNA.email, ANNA.password);
  clients.push(annasOtherTab);
  annasOtherTab.send({ action: 'sync' });
  await annasOtherTab.next('synced');
  customer.send({ action: 'message.send', chatId: 'signals-chat-01', clientMessageId: 'signals-message-01', text: 'Anyone?' });
  const { message } = await anna.next('message', (f) => f.message.clientMessageId === 'signals-message-01');
  const annaBefore = anna.frames.length;

  anna.send({ action: 'chat.read', chatId: 'signals-chat-01', seq: message.seq });

  expect(await customer.next('read', (f) => f.seq === message.seq)).toMatchObject({ role: 'agent' });
  expect(await annasOtherTab.next('read', (f) => f.seq === message.seq)).toMatchObject({ role: 'agent' });
  await runtime.idle();
  expect(anna.frames.slice(annaBefore).filter((f) => f.type === 'read')).toEqual([]);
});

test("a customer's read marker comes back to the widget that reported it, whose unread count follows the stored marker", async () => {
  anna.send({ action: 'message.send', chatId: 'signals-chat-01', clientMessageId: 'signals-message-02', text: 'Yes, here' });
  const { message } = await customer.next('message', (f) => f.message.clientMessageId === 'signals-message-02');

  customer.send({ action: 'chat.read', chatId: 'signals-chat-01', seq: message.seq });

  expect(await customer.next('read', (f) => f.seq === message.seq)).toMatchObject({ role: 'customer' });
  expect(await anna.next('read', (f) => f.seq === message.seq)).toMatchObject({ role: 'customer' });
});
