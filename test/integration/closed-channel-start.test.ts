/**
 * A widget opened while its channel was open still shows the pre-chat form after it closes: the
 * chat.start that form sends is refused once the channel is outside its opening hours, and nothing
 * is queued. One started just after the last agent went Away still queues (see availability.ts).
 */
import type { AvailabilityResponse } from '../../functions/protocol';
import { ANNA, type TestRuntime } from '../support/runtime';
import { closeDefaultChannel } from '../support/admin';
import { runtimePerTest } from '../support/runtime-world';
import { api, Client, connectCustomer, connectPresent } from '../support/clients';

let runtime: TestRuntime;
const clients: Client[] = [];
const track = (client: Client) => (clients.push(client), client);

runtimePerTest((started) => (runtime = started), clients);

const available = async () => (await api<AvailabilityResponse>(runtime.url, '/api/availability?channel=default', { method: 'GET' })).body.online;
// As the widget sends it: the ref is the chat id.
const start = (customer: Client, chatId: string) => customer.send({ action: 'chat.start', ref: chatId, chatId, name: 'Mila', email: 'mila@example.com', question: 'Do you ship to Belgium?' });

const closeTheChannel = () => closeDefaultChannel(runtime.url);

test('a chat started after the channel closed is refused, and nothing waits in the queue', async () => {
  const anna = track(await connectPresent(runtime.url, runtime.wsUrl, ANNA));
  const customer = track(await connectCustomer(runtime.url, runtime.wsUrl));
  expect(await available()).toBe(true);

  await closeTheChannel();
  start(customer, 'closed-chat-0001');
  expect(await customer.next('error', (f) => f.ref === 'closed-chat-0001')).toMatchObject({ code: 'forbidden', message: 'We are closed now; leave a message instead.' });
  expect(customer.frames.some((f) => f.type === 'chat')).toBe(false);
  anna.send({ action: 'queue.next', ref: 'next' });
  expect(await anna.next('notice', (f) => f.ref === 'next')).toMatchObject({ code: 'queue-empty' });
});

test('a start retried after closing time, of a chat created before it, is answered with that chat', async () => {
  track(await connectPresent(runtime.url, runtime.wsUrl, ANNA));
  const customer = track(await connectCustomer(runtime.url, runtime.wsUrl));
  start(customer, 'closed-chat-0002');
  await customer.next('chat', (f) => f.chat.chatId === 'closed-chat-0002');

  await closeTheChannel();
  start(customer, 'closed-chat-0002');
  expect((await customer.next('chat', (f) => f.chat.chatId === 'closed-chat-0002')).chat).toMatchObject({ status: 'queued' });
  await runtime.idle();
  expect(customer.frames.filter((f) => f.type === 'error')).toEqual([]);
});

test('a chat started while every agent is Away is still queued: they can answer it', async () => {
  const customer = track(await connectCustomer(runtime.url, runtime.wsUrl));
  expect(await available()).toBe(false);
  start(customer, 'closed-chat-0003');
  expect((await customer.next('chat', (f) => f.chat.chatId === 'closed-chat-0003')).chat).toMatchObject({ status: 'queued' });
});
