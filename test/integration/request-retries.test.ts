/** Requests take a client-chosen id: a retried offline form or "Create request" makes one request. */
import type { OfflineRequestResponse, RequestsResponse } from '../../functions/protocol';
import { ANNA, type TestRuntime } from '../support/runtime';
import { api, Client, connectAgent, connectCustomer, loginAgent, newVisitor } from '../support/clients';
import { runtimePerFile } from '../support/runtime-world';
import { claimedChat } from '../support/chat-setup';

let runtime: TestRuntime;
const clients: Client[] = [];
const track = (client: Client) => (clients.push(client), client);

runtimePerFile((started) => (runtime = started), clients);

async function listed() {
  const { token } = await loginAgent(runtime.url, ANNA.email, ANNA.password);
  return (await api<RequestsResponse>(runtime.url, '/api/requests', { method: 'GET', token })).body.requests;
}

const form = { name: 'Mila', email: 'mila@example.com', message: 'Please call me back.' };
const offline = (token: string, body: object) => api<OfflineRequestResponse>(runtime.url, '/api/offline-requests', { token, body });

test('an offline form sent twice with the same id makes one request and answers both with its number', async () => {
  const { token } = await newVisitor(runtime.url);
  const first = await offline(token, { ...form, clientRequestId: 'offline-retry-01' });
  const again = await offline(token, { ...form, clientRequestId: 'offline-retry-01' });
  expect([first.status, again.status]).toEqual([201, 201]);
  expect(again.body).toEqual(first.body);
  expect((await listed()).filter((r) => r.message === form.message)).toHaveLength(1);
});

test('the same id sent at the same moment still makes one request', async () => {
  const { token } = await newVisitor(runtime.url);
  const body = { ...form, message: 'Sent from two tabs at once.', clientRequestId: 'offline-race-001' };
  const answers = await Promise.all([offline(token, body), offline(token, body), offline(token, body)]);
  expect(new Set(answers.map((a) => a.body.number)).size).toBe(1);
  expect((await listed()).filter((r) => r.message === body.message)).toHaveLength(1);
});

test("another visitor's request id is their own: the same id makes a request of its own", async () => {
  const body = { ...form, message: 'Two visitors, one id.', clientRequestId: 'offline-shared-1' };
  const first = await offline((await newVisitor(runtime.url)).token, body);
  const second = await offline((await newVisitor(runtime.url)).token, body);
  expect(second.body.number).not.toBe(first.body.number);
});

test('"Create request" sent twice with the same id makes one request and tells the customer once', async () => {
  const anna = track(await connectAgent(runtime.url, runtime.wsUrl, ANNA.email, ANNA.password));
  const customer = track(await connectCustomer(runtime.url, runtime.wsUrl));
  customer.send({ action: 'chat.start', chatId: 'retry-req-chat-1', name: 'Mila', email: 'mila@example.com', question: 'My parcel is lost' });
  await customer.next('chat');
  anna.send({ action: 'queue.claim', chatId: 'retry-req-chat-1' });
  await customer.next('message', (f) => f.message.event === 'joined');

  const create = { action: 'request.create', chatId: 'retry-req-chat-1', title: 'Parcel lost', clientRequestId: 'chat-request-001' };
  anna.send({ ...create, ref: 'first' });
  const first = await anna.next('request.created', (f) => f.ref === 'first');
  anna.send({ ...create, ref: 'again' });
  const again = await anna.next('request.created', (f) => f.ref === 'again');

  expect(again.number).toBe(first.number);
  expect((await listed()).filter((r) => r.chatId === 'retry-req-chat-1')).toHaveLength(1);
  expect(customer.messages('retry-req-chat-1').filter((m) => m.event === 'request-created')).toHaveLength(1);
});

test('a request id already used for another chat is refused, and no request is made', async () => {
  const anna = track(await connectAgent(runtime.url, runtime.wsUrl, ANNA.email, ANNA.password));
  for (const chatId of ['reuse-req-chat-1', 'reuse-req-chat-2']) {
    const customer = track(await connectCustomer(runtime.url, runtime.wsUrl));
    await claimedChat(anna, customer, chatId, { name: 'Mila', email: 'mila@example.com', question: 'Hello?' });
  }
  anna.send({ action: 'request.create', ref: 'one', chatId: 'reuse-req-chat-1', title: 'First', clientRequestId: 'reused-req-id-01' });
  await anna.next('request.created', (f) => f.ref === 'one');
  anna.send({ action: 'request.create', ref: 'two', chatId: 'reuse-req-chat-2', title: 'Second', clientRequestId: 'reused-req-id-01' });
  expect(await anna.next('error', (f) => f.ref === 'two')).toMatchObject({ code: 'conflict' });
  expect((await listed()).filter((r) => r.chatId === 'reuse-req-chat-2')).toEqual([]);
});
