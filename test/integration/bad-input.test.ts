/** A bad frame gets an error frame with a reason, and changes nothing. */
import type { TestRuntime } from '../support/runtime';
import { runtimePerFile } from '../support/runtime-world';
import { api, connectCustomer, type Client } from '../support/clients';

let runtime: TestRuntime;
let customer: Client;
let other: Client;
const clients: Client[] = [];

runtimePerFile(async (started) => {
  runtime = started;
  customer = await connectCustomer(runtime.url, runtime.wsUrl);
  other = await connectCustomer(runtime.url, runtime.wsUrl);
  clients.push(customer, other);
  customer.send({ action: 'chat.start', chatId: 'bad-input-chat', name: 'Ivo', email: 'ivo@example.com', question: 'First question' });
  await customer.next('chat');
}, clients);

async function lastSeqSeenBy(client: Client) {
  client.send({ action: 'sync', cursors: { 'bad-input-chat': 0 } });
  await client.next('synced');
  return [...client.frames].reverse().find((f) => f.type === 'chat')!;
}

test('a frame that is not JSON gets a bad-frame error', async () => {
  customer.send('{not json');
  expect(await customer.next('error')).toMatchObject({ code: 'bad-frame', message: 'frame is not valid JSON' });
});

test('an unknown action gets a bad-frame error naming the field', async () => {
  customer.send({ action: 'chat.delete', chatId: 'bad-input-chat' });
  expect(await customer.next('error')).toMatchObject({ code: 'bad-frame', message: expect.stringContaining('action') });
});

test('a message without text is refused with the reason and stores nothing', async () => {
  customer.send({ action: 'message.send', ref: 'r1', chatId: 'bad-input-chat', clientMessageId: 'empty-text-01', text: '   ' });
  expect(await customer.next('error')).toMatchObject({ ref: 'r1', code: 'bad-frame', message: 'text: must not be empty' });
  expect(await lastSeqSeenBy(customer)).toMatchObject({ chat: { lastSeq: 1 } });
});

test('an extra field is refused rather than ignored', async () => {
  customer.send({ action: 'message.send', chatId: 'bad-input-chat', clientMessageId: 'extra-field-01', text: 'hi', admin: true });
  expect(await customer.next('error')).toMatchObject({ code: 'bad-frame' });
});

test("a customer cannot write in another customer's chat, nor learn that it exists", async () => {
  other.send({ action: 'message.send', chatId: 'bad-input-chat', clientMessageId: 'intruder-0001', text: 'let me in' });
  expect(await other.next('error')).toMatchObject({ code: 'not-found', message: 'No such chat' });
  other.send({ action: 'message.send', chatId: 'no-such-chat-at-all', clientMessageId: 'intruder-0002', text: 'let me in' });
  expect(await other.next('error')).toMatchObject({ code: 'not-found', message: 'No such chat' });
  expect(await lastSeqSeenBy(customer)).toMatchObject({ chat: { lastSeq: 1 } });
});

test("a customer cannot follow another customer's chat", async () => {
  other.send({ action: 'sync', cursors: { 'bad-input-chat': 0 } });
  expect(await other.next('synced')).toMatchObject({ chatIds: [] });
  expect(other.messages('bad-input-chat')).toEqual([]);
});

test('a customer cannot use agent actions', async () => {
  customer.send({ action: 'queue.next' });
  expect(await customer.next('error')).toMatchObject({ code: 'forbidden' });
});

test('a login with a wrong password or a malformed body is refused with a clear error', async () => {
  expect(await api(runtime.url, '/api/login', { body: { email: 'anna@parley.test', password: 'wrong' } })).toEqual({ status: 401, body: { error: 'Email or password is wrong' } });
  expect(await api(runtime.url, '/api/login', { body: { email: 'not-an-email', password: 'x' } })).toEqual({ status: 400, body: { error: 'email: email address is not valid', field: 'email' } });
});

test('a ticket needs a valid session token', async () => {
  expect((await api(runtime.url, '/api/tickets', { token: 'forged.token.value' })).status).toBe(401);
  expect((await api(runtime.url, '/api/tickets')).status).toBe(401);
});
