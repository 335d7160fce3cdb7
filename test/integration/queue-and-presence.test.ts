/** What agents see of the queue, what waiting customers see, and who counts as Present. */
import { ANNA, BRAM, type TestRuntime } from '../support/runtime';
import { api, Client, connectAgent, connectCustomer, connectPresent, loginAgent, newVisitor, ticketFor } from '../support/clients';
import { claimedChat } from '../support/chat-setup';
import type { AvailabilityResponse } from '../../functions/protocol';
import { runtimePerTest } from '../support/runtime-world';
import { shiftedClock } from '../support/shifted-clock';

let runtime: TestRuntime;
const clients: Client[] = [];
const track = (client: Client) => (clients.push(client), client);

// The handlers' clock can be stood later, for what a stale heartbeat looks like minutes on.
const clock = shiftedClock();
afterAll(() => clock.remove());
runtimePerTest((started) => (runtime = started), clients, { handlerEnv: clock.env });
beforeEach(() => clock.standAt(Date.now()));

const agent = async (who = ANNA) => track(await connectAgent(runtime.url, runtime.wsUrl, who.email, who.password));
const customer = async () => track(await connectCustomer(runtime.url, runtime.wsUrl));
const available = async () => (await api<AvailabilityResponse>(runtime.url, '/api/availability', { method: 'GET' })).body.online;

async function startChat(client: Client, chatId: string, name: string, question = 'A question') {
  client.send({ action: 'chat.start', chatId, name, email: `${name.toLowerCase()}@example.com`, question });
  await client.next('chat');
}

test('agents see each waiting chat in Incoming chats, oldest first, with the first words of the question', async () => {
  const anna = await agent();
  await startChat(await customer(), 'incoming-0001', 'Mila', 'Where is my parcel? It was due on Monday and the tracking page has not changed since Friday morning at all.');
  await startChat(await customer(), 'incoming-0002', 'Noor');

  const queue = await anna.next('queue', (f) => f.waiting === 2);
  expect(queue.entries.map((e) => [e.chatId, e.customerName])).toEqual([['incoming-0001', 'Mila'], ['incoming-0002', 'Noor']]);
  expect(queue.entries[0].preview).toHaveLength(80);
  expect(queue.entries[0].preview.endsWith('…')).toBe(true);
  expect(queue.warnAfterSeconds).toBe(60);
});

test('answering a particular chat claims it; a second agent asking for it is told it was answered first', async () => {
  const [anna, bram] = [await agent(), await agent(BRAM)];
  await startChat(await customer(), 'claimed-0001', 'Mila');

  anna.send({ action: 'queue.claim', chatId: 'claimed-0001' });
  expect((await anna.next('chat', (f) => f.chat.chatId === 'claimed-0001')).chat).toMatchObject({ status: 'active', agent: { name: ANNA.name } });
  bram.send({ action: 'queue.claim', ref: 'late', chatId: 'claimed-0001' });
  expect(await bram.next('notice')).toMatchObject({ ref: 'late', code: 'already-claimed', message: 'Another agent answered this chat first' });
  expect(await bram.next('queue', (f) => f.waiting === 0)).toMatchObject({ entries: [] });
});

test('waiting customers see their place in the queue, and move up when a chat ahead is answered', async () => {
  const anna = track(await connectPresent(runtime.url, runtime.wsUrl, ANNA));
  const [first, second] = [await customer(), await customer()];
  await startChat(first, 'position-0001', 'Ada');
  await startChat(second, 'position-0002', 'Bo');

  expect((await second.next('queue.position', (f) => f.position === 2)).estimatedWaitSeconds).toBeUndefined();

  anna.send({ action: 'queue.next' });
  const moved = await second.next('queue.position', (f) => f.position === 1);
  // Once one chat has been answered there is a wait to estimate from.
  expect(moved).toMatchObject({ chatId: 'position-0002', estimatedWaitSeconds: expect.any(Number) });
});

test('a waiting customer who reloads, or opens a second tab, is told their place at once', async () => {
  await startChat(await customer(), 'place-again-01', 'Ada');
  const visitor = await newVisitor(runtime.url);
  const first = track(await Client.connect(runtime.wsUrl, await ticketFor(runtime.url, visitor.token)));
  await startChat(first, 'place-again-02', 'Bo');
  await first.next('queue.position', (f) => f.position === 2);

  // The queue does not change: only the sync can tell the new tab.
  const reloaded = track(await Client.connect(runtime.wsUrl, await ticketFor(runtime.url, visitor.token)));
  reloaded.send({ action: 'sync', cursors: { 'place-again-02': 0 } });
  const place = await reloaded.next('queue.position');
  expect(place).toMatchObject({ chatId: 'place-again-02', position: 2 });
  await reloaded.next('synced');
});

test('customers can chat only while some agent is Present', async () => {
  const anna = await agent();
  expect(await available()).toBe(false);
  anna.send({ action: 'presence.set', status: 'present' });
  await anna.next('presence', (f) => f.status === 'present');
  expect(await available()).toBe(true);
  anna.send({ action: 'presence.set', status: 'away' });
  await anna.next('presence', (f) => f.status === 'away');
  expect(await available()).toBe(false);
});

test('a chat already waiting when the last agent goes Away stays in the queue and can still be answered', async () => {
  const anna = await agent();
  anna.send({ action: 'presence.set', status: 'present' });
  await anna.next('presence', (f) => f.status === 'present');
  await startChat(await customer(), 'stays-queued-01', 'Ida');
  anna.send({ action: 'presence.set', status: 'away' });
  expect(await anna.next('queue', (f) => f.presentAgents === 0)).toMatchObject({ waiting: 1 });

  anna.send({ action: 'queue.next' });
  expect((await anna.next('chat', (f) => f.chat.chatId === 'stays-queued-01')).chat.status).toBe('active');
});

test('an agent whose heartbeat stopped no longer counts as Present, and its socket is closed so it reconnects', async () => {
  const anna = await agent();
  anna.send({ action: 'presence.set', status: 'present' });
  await anna.next('presence', (f) => f.status === 'present');
  expect(await available()).toBe(true);

  const closed = new Promise((resolve) => anna.socket.once('close', resolve));
  const later = Date.now() + 4 * 60_000;
  expect(await runtime.scheduler.fire('Sweeper', new Date(later))).toMatchObject({ staleConnections: 1 });
  await closed;
  // Four minutes on, her last sign of life is long past the minute a dropped console is waited for.
  clock.standAt(later);
  expect(await available()).toBe(false);
});

test("a Present agent whose console dropped a moment ago still counts for new customers, for a minute: a network blip sends nobody to the offline form", async () => {
  const anna = await agent();
  anna.send({ action: 'presence.set', status: 'present' });
  await anna.next('presence', (f) => f.status === 'present');
  await anna.close();
  await runtime.idle();
  expect(await available()).toBe(true);
  clock.standAt(Date.now() + 61_000);
  expect(await available()).toBe(false);
});

test('a Present agent who logs out no longer counts at once, and the offers waiting for them go back', async () => {
  const [anna, bram] = [await agent(), await agent(BRAM)];
  for (const who of [anna, bram]) {
    who.send({ action: 'presence.set', status: 'present' });
    await who.next('presence', (f) => f.status === 'present');
  }
  await claimedChat(anna, await customer(), 'leaving-0001', { name: 'Mila', email: 'mila@example.com', question: 'Hello?' });
  const bramId = (await loginAgent(runtime.url, BRAM.email, BRAM.password)).agent.id;
  anna.send({ action: 'chat.transfer', chatId: 'leaving-0001', toAgentId: bramId });
  await bram.next('chat', (f) => f.chat.transfer !== undefined);

  // Bram's console says goodbye as he logs out, and closes.
  bram.send({ action: 'ping', leaving: true });
  expect(await anna.next('transfer.ended')).toMatchObject({ outcome: 'unavailable' });
  await bram.close();
  anna.send({ action: 'presence.set', status: 'away' });
  await anna.next('presence', (f) => f.status === 'away');
  expect(await available()).toBe(false);
});

test('a heartbeat keeps an agent counted as Present', async () => {
  const anna = await agent();
  anna.send({ action: 'presence.set', status: 'present' });
  await anna.next('presence', (f) => f.status === 'present');
  anna.send({ action: 'ping' });
  anna.send({ action: 'sync' });
  await anna.next('synced');
  await runtime.idle();
  expect(await runtime.scheduler.fire('Sweeper', new Date(Date.now() + 60_000))).toMatchObject({ staleConnections: 0 });
  expect(await available()).toBe(true);
});
