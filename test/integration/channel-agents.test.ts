/**
 * A channel is served by the agents it lists: whether its widget is online, and each waiting
 * customer's place and estimate, count only them and the customers waiting on that channel.
 */
import type { AvailabilityResponse } from '../../functions/protocol';
import { ANNA, BRAM, type TestRuntime } from '../support/runtime';
import { runtimePerTest } from '../support/runtime-world';
import { api, Client, connectCustomer, connectPresent } from '../support/clients';
import { saveSalesForAnna } from '../support/sales-channel';

let runtime: TestRuntime;
const clients: Client[] = [];
const track = (client: Client) => (clients.push(client), client);

runtimePerTest(async (started) => {
  runtime = started;
  await saveSalesForAnna(runtime.url);
}, clients);

const online = async (channel: string) => (await api<AvailabilityResponse>(runtime.url, `/api/availability?channel=${channel}`, { method: 'GET' })).body.online;

async function waitingChat(chatId: string, channel: string) {
  const customer = track(await connectCustomer(runtime.url, runtime.wsUrl));
  customer.send({ action: 'chat.start', chatId, channel, name: 'Mila Bakker', email: 'mila@example.com', question: 'Where is my order?' });
  await customer.next('chat');
  return customer;
}

test("a channel's widget is online only while one of its own agents is Present", async () => {
  track(await connectPresent(runtime.url, runtime.wsUrl, BRAM));
  expect(await online('default')).toBe(true);
  expect(await online('sales')).toBe(false);

  track(await connectPresent(runtime.url, runtime.wsUrl, ANNA));
  expect(await online('sales')).toBe(true);
});

test("a waiting customer's place counts only their channel's queue, and nobody to answer gives no estimate", async () => {
  const bram = track(await connectPresent(runtime.url, runtime.wsUrl, BRAM));
  // One answered chat, so there is an average wait to estimate from.
  await waitingChat('channel-place-00', 'default');
  bram.send({ action: 'queue.next' });
  await bram.next('chat', (f) => f.chat.chatId === 'channel-place-00' && f.chat.status === 'active');

  const onSales = await waitingChat('channel-place-01', 'sales');
  const onDefault = await waitingChat('channel-place-02', 'default');
  const defaultPlace = await onDefault.next('queue.position', (f) => f.chatId === 'channel-place-02');
  expect(defaultPlace).toMatchObject({ position: 1, estimatedWaitSeconds: expect.any(Number) });
  const salesPlace = await onSales.next('queue.position');
  expect(salesPlace.position).toBe(1);
  expect(salesPlace.estimatedWaitSeconds).toBeUndefined();
});
