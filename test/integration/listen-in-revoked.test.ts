/**
 * A listen-in already under way ends when a channel save takes the agent's "can listen in" away, the
 * agent off the channel, or a manager's role from them: they hear nothing more, and are told so.
 */
import { randomUUID } from 'node:crypto';
import type { AgentsResponse, ChannelAgent, ChannelsResponse } from '../../functions/protocol';
import { ANNA, BRAM, type TestRuntime } from '../support/runtime';
import { ADMIN } from '../support/admin';
import { runtimePerTest } from '../support/runtime-world';
import { openClaimedChat } from '../support/chat-setup';
import { api, Client, connectAgent, loginAgent } from '../support/clients';

let runtime: TestRuntime;
let token = '';
let ids: { anna: string; bram: string };
const clients: Client[] = [];
const track = (client: Client) => (clients.push(client), client);

const agent = (agentId: string, permissions: Partial<ChannelAgent> = {}): ChannelAgent =>
  ({ agentId, canRespond: true, notifications: true, canListenIn: false, manager: false, ...permissions });

/** Saves the default channel's agents over what it has now. */
async function saveAgents(agents: ChannelAgent[]) {
  const [stored] = (await api<ChannelsResponse>(runtime.url, '/api/channels', { method: 'GET', token })).body.channels;
  expect((await api(runtime.url, '/api/channels', { token, body: { settings: { ...stored.settings, agents }, version: stored.version } })).status).toBe(200);
}

// Anna answers the default channel's chats; Bram may listen in on them.
runtimePerTest(async (started) => {
  runtime = started;
  ({ token } = await loginAgent(runtime.url, ADMIN.email, ADMIN.password));
  const { body } = await api<AgentsResponse>(runtime.url, '/api/admin/agents', { method: 'GET', token });
  const idOf = (email: string) => body.agents.find((a) => a.email === email)!.id;
  ids = { anna: idOf(ANNA.email), bram: idOf(BRAM.email) };
  await saveAgents([agent(ids.anna), agent(ids.bram, { canRespond: false, canListenIn: true })]);
}, clients);

/** Anna's chat with a customer, with Bram and the admin listening in. */
async function listenedChat(chatId: string) {
  const { customer, anna } = await openClaimedChat(runtime, clients, chatId, { name: 'Mila', email: 'mila@example.com', question: 'Is the lace yarn back?' });
  const [bram, admin] = [track(await connectAgent(runtime.url, runtime.wsUrl, BRAM.email, BRAM.password)), track(await connectAgent(runtime.url, runtime.wsUrl, ADMIN.email, ADMIN.password))];
  for (const listener of [bram, admin]) {
    listener.send({ action: 'chat.listen', chatId });
    await listener.next('chat', (f) => f.chat.chatId === chatId);
  }
  return { customer, anna, bram, admin };
}

/** The customer writes; resolves once Anna and the admin (still listening) have it and nothing else is under way. */
async function customerWrites(chat: Awaited<ReturnType<typeof listenedChat>>, chatId: string, text: string) {
  await chat.customer.sendStored({ action: 'message.send', chatId, clientMessageId: randomUUID(), text });
  await chat.anna.next('message', (f) => f.message.text === text);
  await chat.admin.next('message', (f) => f.message.text === text);
  await runtime.idle();
}

const heard = (client: Client, text: string) => client.frames.some((f) => f.type === 'message' && f.message.text === text);

test('taking "can listen in" away stops the agent hearing the chat at once, and listening again is refused', async () => {
  const chat = await listenedChat('revoked-chat-0001');
  await customerWrites(chat, 'revoked-chat-0001', 'Before the change');
  expect(heard(chat.bram, 'Before the change')).toBe(true);

  await saveAgents([agent(ids.anna), agent(ids.bram, { canRespond: false, canListenIn: false })]);
  expect(await chat.bram.next('listen.ended')).toEqual({ type: 'listen.ended', chatId: 'revoked-chat-0001' });
  await customerWrites(chat, 'revoked-chat-0001', 'After the change');
  expect(heard(chat.bram, 'After the change')).toBe(false);
  expect(chat.admin.frames.some((f) => f.type === 'listen.ended')).toBe(false);

  // Asked again, it is refused.
  chat.bram.send({ action: 'chat.listen', ref: 'again', chatId: 'revoked-chat-0001' });
  expect(await chat.bram.next('error', (f) => f.ref === 'again')).toMatchObject({ code: 'forbidden' });
});

test('an agent taken off the channel stops hearing its chat; a manager listening goes on, as do the chat\'s own sides', async () => {
  const chat = await listenedChat('revoked-chat-0002');
  await saveAgents([agent(ids.anna)]);
  await chat.bram.next('listen.ended');
  await customerWrites(chat, 'revoked-chat-0002', 'Only for those still here');
  expect(heard(chat.bram, 'Only for those still here')).toBe(false);

  // Anna's reply reaches the customer and the admin; Bram hears nothing of it either.
  await chat.anna.sendStored({ action: 'message.send', chatId: 'revoked-chat-0002', clientMessageId: randomUUID(), text: 'It is back' });
  await chat.customer.next('message', (f) => f.message.text === 'It is back');
  await chat.admin.next('message', (f) => f.message.text === 'It is back');
  await runtime.idle();
  expect(heard(chat.bram, 'It is back')).toBe(false);
});

test('a save that leaves the permission in place leaves the listening too', async () => {
  const chat = await listenedChat('revoked-chat-0003');
  await saveAgents([agent(ids.anna, { notifications: false }), agent(ids.bram, { canRespond: false, canListenIn: true })]);
  await chat.bram.next('channels.changed');
  await customerWrites(chat, 'revoked-chat-0003', 'Still heard');
  await chat.bram.next('message', (f) => f.message.text === 'Still heard');
  expect(chat.bram.frames.some((f) => f.type === 'listen.ended')).toBe(false);
});

test('a manager made an agent stops hearing the chats of channels that do not let them listen', async () => {
  await saveAgents([agent(ids.anna), agent(ids.bram, { canRespond: false, canListenIn: false })]);
  const { body } = await api<AgentsResponse>(runtime.url, '/api/admin/agents', { method: 'GET', token });
  const bramId = body.agents.find((a) => a.email === BRAM.email)!.id;
  expect((await api(runtime.url, `/api/admin/agents/${bramId}`, { token, body: { change: 'role', role: 'manager' } })).status).toBe(200);
  const chat = await listenedChat('revoked-chat-0004');

  expect((await api(runtime.url, `/api/admin/agents/${bramId}`, { token, body: { change: 'role', role: 'agent' } })).status).toBe(200);
  expect(await chat.bram.next('listen.ended')).toEqual({ type: 'listen.ended', chatId: 'revoked-chat-0004' });
  await customerWrites(chat, 'revoked-chat-0004', 'Not for an agent');
  expect(heard(chat.bram, 'Not for an agent')).toBe(false);
});
