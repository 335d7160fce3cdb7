/** Contacts, linking a chat to a person, requests from a chat, and the person's Activities via the bus. */
import { ANNA, type TestRuntime } from '../support/runtime';
import { signedInPerTest } from '../support/runtime-world';
import { openClaimedChat } from '../support/chat-setup';
import { api, Client, connectAgent, loginAgent } from '../support/clients';
import type { ContactCreateResponse, ContactSearchResponse, PersonPanelResponse } from '../../functions/protocol';

let runtime: TestRuntime;
let token: string;
const clients: Client[] = [];

signedInPerTest(ANNA, (world) => ({ runtime, token } = world), clients);

const createContact = async (body: object) => (await api<ContactCreateResponse>(runtime.url, '/api/contacts', { token, body })).body.person;
const search = async (q: string) => (await api<ContactSearchResponse>(runtime.url, `/api/contacts?q=${encodeURIComponent(q)}`, { method: 'GET', token })).body.people;
const panel = async (personId: string) => (await api<PersonPanelResponse>(runtime.url, `/api/contacts/${personId}`, { method: 'GET', token })).body;

async function answeredChat(chatId: string) {
  const { customer, anna } = await openClaimedChat(runtime, clients, chatId, { name: 'Mila Bakker', email: 'mila@example.com', question: 'My order never came' });
  return { customer, agent: anna };
}

test('a contact is found by any word of the name, by email and by phone', async () => {
  const mila = await createContact({ name: 'Mila Bakker', email: 'Mila@Example.com', phone: '+31 20 123 4567', companyName: 'Tulip BV' });
  await createContact({ name: 'Noor de Wit', email: 'noor@example.com' });
  expect((await search('bakk')).map((p) => p.personId)).toEqual([mila.personId]);
  expect((await search('mila@example')).map((p) => p.name)).toEqual(['Mila Bakker']);
  expect((await search('3120123')).map((p) => p.name)).toEqual(['Mila Bakker']);
  // As saved, with the trunk zero instead of the country code, and by its last digits.
  for (const typed of ['+31 20 123 4567', '020 123 4567', '020-1234567', '123 4567']) expect((await search(typed)).map((p) => p.name)).toEqual(['Mila Bakker']);
  expect(await search('020 765 4321')).toEqual([]);
  expect((await search('Mila Wit'))).toEqual([]);
  expect((await panel(mila.personId)).company).toMatchObject({ name: 'Tulip BV' });
});

test("a contact is found by the words of its company's name and by its email's domain", async () => {
  const mila = await createContact({ name: 'Mila Bakker', email: 'mila@example.com', companyName: 'Tulip BV' });
  const noor = await createContact({ name: 'Noor de Wit', email: 'noor@example.com' });
  await createContact({ name: 'Sem Jansen', email: 'sem@thread.example', companyName: 'Thread & Co' });
  for (const typed of ['Tulip', 'tulip bv', 'BV', 'mila tulip']) expect((await search(typed)).map((p) => p.personId)).toEqual([mila.personId]);
  expect((await search('example.com')).map((p) => p.personId).sort()).toEqual([mila.personId, noor.personId].sort());
  expect((await search('noor example.c')).map((p) => p.personId)).toEqual([noor.personId]);
  expect(await search('Tulip Thread')).toEqual([]);
});

test('a contact with a bad email address is refused with the reason', async () => {
  const res = await api(runtime.url, '/api/contacts', { token, body: { name: 'X', email: 'x@' } });
  expect(res).toEqual({ status: 400, body: { error: 'email: email address is not valid', field: 'email' } });
});

test('linking a chat shows it under the person (not to the customer); ending it writes one activity', async () => {
  const { agent, customer } = await answeredChat('linked-chat-0001');
  const mila = await createContact({ name: 'Mila Bakker', email: 'mila@example.com' });
  agent.send({ action: 'chat.link', chatId: 'linked-chat-0001', personId: mila.personId });
  expect((await agent.next('chat', (f) => f.chat.personId === mila.personId)).chat.chatId).toBe('linked-chat-0001');
  await runtime.idle();
  expect(customer.frames.some((f) => f.type === 'chat' && f.chat.personId !== undefined)).toBe(false);
  expect((await panel(mila.personId)).chats.map((c) => c.chatId)).toEqual(['linked-chat-0001']);

  agent.send({ action: 'chat.end', chatId: 'linked-chat-0001' });
  await agent.next('chat', (f) => f.chat.status === 'ended');
  await runtime.idle();
  const { activities } = await panel(mila.personId);
  expect(activities).toEqual([expect.objectContaining({ type: 'chat', chatId: 'linked-chat-0001', agentName: ANNA.name, channel: 'default' })]);
});

test("a chat answered whose customer gave exactly one contact's address is linked to that contact at once, and lands among their Activities", async () => {
  const mila = await createContact({ name: 'Mila Bakker', email: 'Mila@Example.com' });
  const { agent, customer } = await answeredChat('email-link-chat-1');

  expect((await agent.next('chat', (f) => f.chat.personId !== undefined)).chat).toMatchObject({ chatId: 'email-link-chat-1', personId: mila.personId });
  await runtime.idle();
  expect(customer.frames.some((f) => f.type === 'chat' && f.chat.personId !== undefined)).toBe(false);
  expect((await panel(mila.personId)).chats.map((c) => c.chatId)).toEqual(['email-link-chat-1']);

  agent.send({ action: 'chat.end', chatId: 'email-link-chat-1' });
  await agent.next('chat', (f) => f.chat.status === 'ended');
  await runtime.idle();
  expect((await panel(mila.personId)).activities.map((a) => a.chatId)).toEqual(['email-link-chat-1']);
});

test('with two contacts at the address, or none, the chat is left for the agent to link', async () => {
  await createContact({ name: 'Mila Bakker', email: 'mila@example.com' });
  await createContact({ name: 'Mila B. (work)', email: 'mila@example.com' });
  const { agent } = await answeredChat('email-link-chat-2');
  await runtime.idle();
  expect(agent.frames.some((f) => f.type === 'chat' && f.chat.personId !== undefined)).toBe(false);

  // Another address: nobody matches it exactly (a contact at another address of the same domain is no match).
  const { anna: again } = await openClaimedChat(runtime, clients, 'email-link-chat-3', { name: 'Noor', email: 'noor@example.com', question: 'Hello?' });
  await runtime.idle();
  expect(again.frames.some((f) => f.type === 'chat' && f.chat.personId !== undefined)).toBe(false);
});

test('an event delivered twice still leaves one activity', async () => {
  const mila = await createContact({ name: 'Mila Bakker' });
  const event = { 'detail-type': 'chat.ended', detail: { version: 1, chatId: 'twice-chat-001', channel: 'default', personId: mila.personId, customer: { name: 'M', email: 'm@example.com' }, startedAt: 1, endedAt: 2000, endedBy: 'agent', messages: 3 } };
  await runtime.invoke('EventActivityWriter', event);
  await runtime.invoke('EventActivityWriter', event);
  expect((await panel(mila.personId)).activities).toHaveLength(1);
});

test('a chat linked after it ended gets its activity too', async () => {
  const { agent } = await answeredChat('late-link-chat-1');
  agent.send({ action: 'chat.end', chatId: 'late-link-chat-1' });
  await agent.next('chat', (f) => f.chat.status === 'ended');
  const mila = await createContact({ name: 'Mila Bakker' });
  agent.send({ action: 'chat.link', chatId: 'late-link-chat-1', personId: mila.personId });
  await agent.next('chat', (f) => f.chat.personId === mila.personId);
  await runtime.idle();
  expect((await panel(mila.personId)).activities.map((a) => a.chatId)).toEqual(['late-link-chat-1']);
});

test('when the bus refuses the event, the sweeper puts it later and the activity still appears', async () => {
  const { agent } = await answeredChat('outbox-chat-0001');
  const mila = await createContact({ name: 'Mila Bakker' });
  agent.send({ action: 'chat.link', chatId: 'outbox-chat-0001', personId: mila.personId });
  await agent.next('chat', (f) => f.chat.personId === mila.personId);

  runtime.bus.refuseAll = true;
  agent.send({ action: 'chat.end', chatId: 'outbox-chat-0001' });
  await agent.next('chat', (f) => f.chat.status === 'ended');
  await runtime.idle();
  expect((await panel(mila.personId)).activities).toEqual([]);

  runtime.bus.refuseAll = false;
  expect(await runtime.scheduler.fire('Sweeper', new Date())).toMatchObject({ eventsRetried: 1 });
  await runtime.idle();
  expect((await panel(mila.personId)).activities.map((a) => a.chatId)).toEqual(['outbox-chat-0001']);
  expect(await runtime.scheduler.fire('Sweeper', new Date())).toMatchObject({ eventsRetried: 0 });
});

test('a request created from a chat carries the transcript, shows under the person, and the customer is told its number', async () => {
  const { agent, customer } = await answeredChat('request-chat-001');
  const mila = await createContact({ name: 'Mila Bakker' });
  agent.send({ action: 'chat.link', chatId: 'request-chat-001', personId: mila.personId });
  await agent.next('chat', (f) => f.chat.personId === mila.personId);

  agent.send({ action: 'request.create', chatId: 'request-chat-001', title: 'Parcel lost', category: 'Delivery', priority: 'high' });
  expect(await agent.next('request.created')).toMatchObject({ chatId: 'request-chat-001', number: 1 });
  const told = await customer.next('message', (f) => f.message.event === 'request-created');
  expect(told.message.text).toBe('Request #1 has been created for you');
  const { requests } = await panel(mila.personId);
  expect(requests).toEqual([expect.objectContaining({ number: 1, title: 'Parcel lost', priority: 'high', chatId: 'request-chat-001', source: 'chat' })]);
});

test('a request made before the chat is linked moves to the person with it, and with a re-link to the next', async () => {
  const { agent } = await answeredChat('request-first-01');
  agent.send({ action: 'request.create', chatId: 'request-first-01', title: 'Parcel lost', clientRequestId: 'request-first-r1' });
  const { number } = await agent.next('request.created');
  const mila = await createContact({ name: 'Mila Bakker' });
  agent.send({ action: 'chat.link', chatId: 'request-first-01', personId: mila.personId });
  await agent.next('chat', (f) => f.chat.personId === mila.personId);
  expect((await panel(mila.personId)).requests).toEqual([expect.objectContaining({ number, title: 'Parcel lost', personId: mila.personId })]);

  // Linked to the wrong Mila at first: the right one gets the request, the first keeps nothing.
  const other = await createContact({ name: 'Mila de Boer' });
  agent.send({ action: 'chat.link', chatId: 'request-first-01', personId: other.personId });
  await agent.next('chat', (f) => f.chat.personId === other.personId);
  expect((await panel(other.personId)).requests.map((r) => r.number)).toEqual([number]);
  expect((await panel(mila.personId)).requests).toEqual([]);
  const listed = await api<{ requests: { number: number; personId?: string }[] }>(runtime.url, '/api/requests', { method: 'GET', token });
  expect(listed.body.requests.find((r) => r.number === number)?.personId).toBe(other.personId);

  // A resent create changes nothing: still one request, still under the person the chat is linked to.
  agent.send({ action: 'request.create', chatId: 'request-first-01', title: 'Parcel lost', clientRequestId: 'request-first-r1' });
  expect((await agent.next('request.created', (f) => f.number === number)).number).toBe(number);
  expect((await panel(other.personId)).requests.map((r) => r.number)).toEqual([number]);
});

test('an agent cannot link or make requests from a chat someone else handles', async () => {
  await answeredChat('others-chat-0001');
  const bram = await connectAgent(runtime.url, runtime.wsUrl, 'bram@parley.test', 'parley-bram');
  clients.push(bram);
  const mila = await createContact({ name: 'Mila Bakker' });
  bram.send({ action: 'chat.link', chatId: 'others-chat-0001', personId: mila.personId });
  expect(await bram.next('error')).toMatchObject({ code: 'not-found' });
  bram.send({ action: 'request.create', chatId: 'others-chat-0001', title: 'x' });
  expect(await bram.next('error')).toMatchObject({ code: 'not-found' });
  expect((await panel(mila.personId)).chats).toEqual([]);
});

test('only agents reach the contacts', async () => {
  expect((await api(runtime.url, '/api/contacts?q=mila', { method: 'GET' })).status).toBe(401);
  expect((await api(runtime.url, '/api/contacts/abcdefgh-1234', { method: 'GET', token })).status).toBe(404);
});

test("an earlier chat's transcript can be opened by any agent", async () => {
  const { customer } = await answeredChat('transcript-chat-1');
  await customer.sendStored({ action: 'message.send', chatId: 'transcript-chat-1', clientMessageId: 'transcript-m1', text: 'Still waiting' });
  const bram = (await loginAgent(runtime.url, 'bram@parley.test', 'parley-bram')).token;
  const res = await api<{ messages: { text: string }[] }>(runtime.url, '/api/chats/transcript-chat-1', { method: 'GET', token: bram });
  expect(res.body.messages.map((m) => m.text)).toEqual(['My order never came', 'Anna de Vries joined the chat', 'Still waiting']);
  const { token: visitor } = await (await fetch(`${runtime.url}/api/visitors`, { method: 'POST' })).json();
  expect((await api(runtime.url, '/api/chats/transcript-chat-1', { method: 'GET', token: visitor })).status).toBe(401);
});
