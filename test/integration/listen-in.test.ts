/** Listen-in: a manager (or an agent with "can listen in") watches an ongoing chat read-only, and its agent is not told. */
import { randomUUID } from 'node:crypto';
import type { OngoingChatsResponse, ServerFrame } from '../../functions/protocol';
import { ANNA, BRAM, type TestRuntime } from '../support/runtime';
import { ADMIN } from '../support/admin';
import { runtimePerFile } from '../support/runtime-world';
import { openClaimedChat } from '../support/chat-setup';
import { api, Client, connectAgent, loginAgent } from '../support/clients';

let runtime: TestRuntime;
const clients: Client[] = [];
const track = (client: Client) => (clients.push(client), client);

runtimePerFile((started) => (runtime = started), clients);
afterEach(async () => { await Promise.all(clients.splice(0).map((c) => c.close())); });

/** A customer's chat answered by Anna; returns both ends. */
async function ongoingChat(chatId: string) {
  const { customer, anna } = await openClaimedChat(runtime, clients, chatId, { name: 'Mila', email: 'mila@example.com', question: 'Is the lace yarn back?' });
  return { customer, anna };
}

test('a manager listens in: gets the history and every new message, and the agent sees nothing of it', async () => {
  const { customer, anna } = await ongoingChat('listen-chat-0001');
  const admin = track(await connectAgent(runtime.url, runtime.wsUrl, ADMIN.email, ADMIN.password));
  const annaFramesBefore = anna.frames.length;

  admin.send({ action: 'chat.listen', chatId: 'listen-chat-0001' });
  expect((await admin.next('chat', (f) => f.chat.chatId === 'listen-chat-0001')).chat).toMatchObject({ status: 'active', agent: { name: ANNA.name } });
  expect(await admin.next('message', (f) => f.message.seq === 1)).toMatchObject({ message: { text: 'Is the lace yarn back?' } });

  customer.send({ action: 'message.send', chatId: 'listen-chat-0001', clientMessageId: randomUUID(), text: 'In blue, please' });
  expect(await admin.next('message', (f) => f.message.text === 'In blue, please')).toBeTruthy();
  await anna.next('message', (f) => f.message.text === 'In blue, please');
  await runtime.idle();
  // No change to the chat and no event line: the agent cannot tell anyone is listening.
  const annaSince: ServerFrame[] = anna.frames.slice(annaFramesBefore);
  expect(annaSince.filter((f) => f.type === 'chat')).toEqual([]);
  expect(annaSince.filter((f) => f.type === 'message').map((f) => f.type === 'message' && f.message.text)).toEqual(['In blue, please']);
});

test('listening is read-only: a message from the listener is refused and stored nowhere', async () => {
  const { customer } = await ongoingChat('listen-chat-0002');
  const admin = track(await connectAgent(runtime.url, runtime.wsUrl, ADMIN.email, ADMIN.password));
  admin.send({ action: 'chat.listen', chatId: 'listen-chat-0002' });
  await admin.next('chat', (f) => f.chat.chatId === 'listen-chat-0002');

  admin.send({ action: 'message.send', ref: 'sneaky', chatId: 'listen-chat-0002', clientMessageId: randomUUID(), text: 'Hello from the manager' });
  expect(await admin.next('error', (f) => f.ref === 'sneaky')).toMatchObject({ code: expect.any(String) });
  await runtime.idle();
  expect(customer.frames.some((f: ServerFrame) => f.type === 'message' && f.message.text === 'Hello from the manager')).toBe(false);
});

test('an agent without "can listen in" is refused', async () => {
  await ongoingChat('listen-chat-0003');
  const bram = track(await connectAgent(runtime.url, runtime.wsUrl, BRAM.email, BRAM.password));
  bram.send({ action: 'chat.listen', ref: 'try', chatId: 'listen-chat-0003' });
  expect(await bram.next('error', (f) => f.ref === 'try')).toMatchObject({ code: 'forbidden' });
  await runtime.idle();
  expect(bram.frames.some((f: ServerFrame) => f.type === 'message' && f.message.chatId === 'listen-chat-0003')).toBe(false);
});

test('after chat.unlisten no more messages arrive', async () => {
  const { customer } = await ongoingChat('listen-chat-0004');
  const admin = track(await connectAgent(runtime.url, runtime.wsUrl, ADMIN.email, ADMIN.password));
  admin.send({ action: 'chat.listen', chatId: 'listen-chat-0004' });
  await admin.next('chat', (f) => f.chat.chatId === 'listen-chat-0004');
  admin.send({ action: 'chat.unlisten', chatId: 'listen-chat-0004' });
  await runtime.idle();
  await customer.sendStored({ action: 'message.send', chatId: 'listen-chat-0004', clientMessageId: randomUUID(), text: 'Still there?' });
  await runtime.idle();
  expect(admin.frames.some((f: ServerFrame) => f.type === 'message' && f.message.text === 'Still there?')).toBe(false);
});

test('Ongoing chat sessions lists answered chats with their agent and messages, and says to whom listening in is open', async () => {
  const { anna, customer } = await ongoingChat('listen-chat-0005');
  const tokens = new Map<string, string>();
  const ongoing = async (who: { email: string; password: string }) => {
    if (!tokens.has(who.email)) tokens.set(who.email, (await loginAgent(runtime.url, who.email, who.password)).token);
    const token = tokens.get(who.email);
    const { status, body } = await api<OngoingChatsResponse>(runtime.url, '/api/ongoing-chats', { method: 'GET', token });
    expect(status).toBe(200);
    return body.chats.find((c) => c.chatId === 'listen-chat-0005');
  };
  // Bram has no "can listen in" (the server refuses him, above); the admin may; Anna answers it herself.
  // The question is its one message so far; "joined" is an event line, not counted.
  expect(await ongoing(BRAM)).toMatchObject({ customerName: 'Mila', agentName: ANNA.name, channel: 'default', canListen: false, agentOnline: true, messages: 1 });
  await customer.sendStored({ action: 'message.send', chatId: 'listen-chat-0005', clientMessageId: 'ongoing-msg-0001', text: 'Any news?' });
  expect(await ongoing(BRAM)).toMatchObject({ messages: 2 });
  expect(await ongoing(ADMIN)).toMatchObject({ canListen: true });
  expect(await ongoing(ANNA)).toMatchObject({ canListen: false });
  expect((await api(runtime.url, '/api/ongoing-chats', { method: 'GET' })).status).toBe(401);

  // Anna's console gone: her chat still goes on (until the sweep moves it), and the list says she is offline.
  await anna.close();
  for (let tries = 0; tries < 50 && (await ongoing(BRAM))?.agentOnline !== false; tries++) await new Promise((resolve) => setTimeout(resolve, 20));
  expect(await ongoing(BRAM)).toMatchObject({ agentName: ANNA.name, agentOnline: false });
});
