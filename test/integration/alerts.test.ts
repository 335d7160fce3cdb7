/** Unanswered-chat alerts: raised by the sweep once per chat and level, to the right people, withdrawn on answer. */
import { ANNA, BRAM, type TestRuntime } from '../support/runtime';
import { ADMIN } from '../support/admin';
import { Client, connectAgent, connectCustomer } from '../support/clients';
import type { ServerFrame } from '../../functions/protocol';
import { runtimePerTest } from '../support/runtime-world';

let runtime: TestRuntime;
const clients: Client[] = [];
const track = (client: Client) => (clients.push(client), client);

runtimePerTest((started) => (runtime = started), clients);

async function agent(who: { email: string; password: string }, status: 'present' | 'away') {
  const client = track(await connectAgent(runtime.url, runtime.wsUrl, who.email, who.password));
  client.send({ action: 'presence.set', status });
  await client.next('presence', (f) => f.status === status);
  return client;
}

async function waitingChat(chatId: string) {
  const customer = track(await connectCustomer(runtime.url, runtime.wsUrl));
  customer.send({ action: 'chat.start', chatId, name: 'Mila', email: 'mila@example.com', question: 'Hello?' });
  await customer.next('chat');
  return customer;
}

const sweepAt = (msFromNow: number) => runtime.scheduler.fire('Sweeper', new Date(Date.now() + msFromNow));
const alertsOf = (client: Client) => client.frames.filter((f): f is Extract<ServerFrame, { type: 'alert' }> => f.type === 'alert');

test('no alert before the warning time', async () => {
  const anna = await agent(ANNA, 'present');
  await waitingChat('alert-chat-0001');
  expect(await sweepAt(30_000)).toMatchObject({ alertsRaised: 0 });
  await runtime.idle();
  expect(alertsOf(anna)).toEqual([]);
});

test('a chat waiting past the warning time alerts Present agents once, not Away agents', async () => {
  const [anna, bram] = [await agent(ANNA, 'present'), await agent(BRAM, 'away')];
  await waitingChat('alert-chat-0002');

  expect(await sweepAt(61_000)).toMatchObject({ alertsRaised: 1 });
  expect(await anna.next('alert')).toMatchObject({ level: 'unanswered', chatId: 'alert-chat-0002', customerName: 'Mila' });
  expect(await sweepAt(100_000)).toMatchObject({ alertsRaised: 0 });
  await runtime.idle();
  expect(alertsOf(anna)).toHaveLength(1);
  expect(alertsOf(bram)).toEqual([]);
});

test('the manager warning reaches Present managers only: none while nobody is Present, none to an Away manager or to an agent', async () => {
  const admin = await agent(ADMIN, 'away');
  await waitingChat('alert-chat-0003');
  expect(await sweepAt(125_000)).toMatchObject({ alertsRaised: 0 });

  const anna = await agent(ANNA, 'present');
  expect(await sweepAt(125_000)).toMatchObject({ alertsRaised: 2 });
  await anna.next('alert', (f) => f.level === 'unanswered');
  await runtime.idle();
  expect(alertsOf(anna).map((a) => a.level)).toEqual(['unanswered']);
  expect(alertsOf(admin)).toEqual([]);

  admin.send({ action: 'presence.set', status: 'present' });
  await admin.next('presence', (f) => f.status === 'present');
  await waitingChat('alert-chat-0006');
  expect(await sweepAt(125_000)).toMatchObject({ alertsRaised: 2 });
  expect(await admin.next('alert', (f) => f.level === 'manager')).toMatchObject({ chatId: 'alert-chat-0006' });
});

test('answering the chat withdraws its alert', async () => {
  const anna = await agent(ANNA, 'present');
  await waitingChat('alert-chat-0004');
  await sweepAt(61_000);
  await anna.next('alert');

  anna.send({ action: 'queue.next' });
  expect(await anna.next('alert.withdrawn')).toEqual({ type: 'alert.withdrawn', chatId: 'alert-chat-0004' });
  expect(await sweepAt(125_000)).toMatchObject({ alertsRaised: 0 });
});

test('the sweep counts chats waiting past the manager warning, whether or not anyone is Present', async () => {
  await waitingChat('alert-chat-0005');
  expect(await sweepAt(30_000)).toMatchObject({ chatsPastManagerWarning: 0 });
  expect(await sweepAt(125_000)).toMatchObject({ chatsPastManagerWarning: 1, alertsRaised: 0 });
});
