/** "Is typing" is relayed to the other side; read markers move forward only and reach both sides. */
import { ANNA } from '../support/runtime';
import { claimedChat, claimedChatPerFile } from '../support/chat-setup';
import { Client, connectAgent, connectCustomer, newVisitor, ticketFor } from '../support/clients';

const world = claimedChatPerFile('signals-chat-01', { name: 'Mila', email: 'mila@example.com', question: 'Hi there' });

test('the agent sees the customer typing, by the name the customer gave, with when the server received it', async () => {
  const sentAt = Date.now();
  world.customer.send({ action: 'typing', chatId: 'signals-chat-01' });
  const typing = await world.anna.next('typing');
  expect(typing).toEqual({ type: 'typing', chatId: 'signals-chat-01', role: 'customer', name: 'Mila', at: expect.any(Number) });
  expect(typing.at).toBeGreaterThanOrEqual(sentAt);
  expect(typing.at).toBeLessThanOrEqual(Date.now());
});

test("a typing sent just before a message was received no later than that message, so the other side can tell it is over", async () => {
  world.anna.send({ action: 'typing', chatId: 'signals-chat-01' });
  world.anna.send({ action: 'message.send', chatId: 'signals-chat-01', clientMessageId: 'signals-message-00', text: 'One moment' });
  const typing = await world.customer.next('typing', (f) => f.role === 'agent');
  const { message } = await world.customer.next('message', (f) => f.message.clientMessageId === 'signals-message-00');
  expect(typing.at).toBeLessThanOrEqual(message.at);
});

test('the customer sees the agent typing, and does not get their own typing back', async () => {
  world.anna.send({ action: 'typing', chatId: 'signals-chat-01' });
  expect(await world.customer.next('typing')).toMatchObject({ role: 'agent', name: ANNA.name });
  expect(world.customer.frames.filter((f) => f.type === 'typing' && f.role === 'customer')).toEqual([]);
});

test('a read marker reaches both sides and is kept on the chat', async () => {
  world.anna.send({ action: 'chat.read', chatId: 'signals-chat-01', seq: 2 });
  expect(await world.customer.next('read')).toEqual({ type: 'read', chatId: 'signals-chat-01', role: 'agent', seq: 2 });
  world.customer.send({ action: 'sync', cursors: { 'signals-chat-01': 2 } });
  await world.customer.next('synced');
  expect([...world.customer.frames].reverse().find((f) => f.type === 'chat')).toMatchObject({ chat: { read: { agent: 2 } } });
});

test('a read marker never moves back, nor past the last message', async () => {
  world.anna.send({ action: 'chat.read', chatId: 'signals-chat-01', seq: 1 });
  world.anna.send({ action: 'chat.read', chatId: 'signals-chat-01', seq: 99 });
  world.anna.send({ action: 'sync' });
  await world.anna.next('synced');
  await world.runtime.idle();
  const chat = [...world.anna.frames].reverse().find((f) => f.type === 'chat' && f.chat.chatId === 'signals-chat-01');
  expect(chat).toMatchObject({ chat: { read: { agent: 2 } } });
});

test("a customer cannot signal in another customer's chat", async () => {
  const stranger = await connectCustomer(world.runtime.url, world.runtime.wsUrl);
  stranger.send({ action: 'typing', chatId: 'signals-chat-01' });
  expect(await stranger.next('error')).toMatchObject({ code: 'not-found' });
  await stranger.close();
});

test("an agent's read marker goes to the customer and the agent's other consoles, not back to the console that reported it", async () => {
  const annasOtherTab = await connectAgent(world.runtime.url, world.runtime.wsUrl, ANNA.email, ANNA.password);
  world.clients.push(annasOtherTab);
  annasOtherTab.send({ action: 'sync' });
  await annasOtherTab.next('synced');
  world.customer.send({ action: 'message.send', chatId: 'signals-chat-01', clientMessageId: 'signals-message-01', text: 'Anyone?' });
  const { message } = await world.anna.next('message', (f) => f.message.clientMessageId === 'signals-message-01');
  const annaBefore = world.anna.frames.length;

  world.anna.send({ action: 'chat.read', chatId: 'signals-chat-01', seq: message.seq });

  expect(await world.customer.next('read', (f) => f.seq === message.seq)).toMatchObject({ role: 'agent' });
  expect(await annasOtherTab.next('read', (f) => f.seq === message.seq)).toMatchObject({ role: 'agent' });
  await world.runtime.idle();
  expect(world.anna.frames.slice(annaBefore).filter((f) => f.type === 'read')).toEqual([]);
});

test("a customer's read marker goes to the agent and the customer's other tabs, not back to the widget that reported it", async () => {
  const { runtime, anna } = world;
  const visitor = await newVisitor(runtime.url);
  const widget = await Client.connect(runtime.wsUrl, await ticketFor(runtime.url, visitor.token));
  world.clients.push(widget);
  await claimedChat(anna, widget, 'signals-chat-02', { name: 'Noor', email: 'noor@example.com', question: 'Two tabs?' });
  const otherTab = await Client.connect(runtime.wsUrl, await ticketFor(runtime.url, visitor.token));
  world.clients.push(otherTab);
  otherTab.send({ action: 'sync', cursors: { 'signals-chat-02': 0 } });
  await otherTab.next('synced');
  anna.send({ action: 'message.send', chatId: 'signals-chat-02', clientMessageId: 'signals-message-02', text: 'Yes, here' });
  const { message } = await widget.next('message', (f) => f.message.clientMessageId === 'signals-message-02');
  const widgetBefore = widget.frames.length;

  widget.send({ action: 'chat.read', chatId: 'signals-chat-02', seq: message.seq });

  expect(await anna.next('read', (f) => f.chatId === 'signals-chat-02' && f.seq === message.seq)).toMatchObject({ role: 'customer' });
  expect(await otherTab.next('read', (f) => f.seq === message.seq)).toMatchObject({ role: 'customer' });
  await runtime.idle();
  expect(widget.frames.slice(widgetBefore).filter((f) => f.type === 'read')).toEqual([]);
});
