/**
 * A customer who leaves while waiting: the sweep marks their chat away, so Get next in queue answers
 * the customers who are there first and no alert is raised for it; once it has had no live customer
 * connection for ten minutes, the sweep ends it and the queue no longer shows it. A customer still
 * connected, or back in time, keeps their place; a chat answered meanwhile is not ended as left.
 */
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, GetCommand } from '@aws-sdk/lib-dynamodb';
import { ANNA, BRAM, type TestRuntime } from '../support/runtime';
import { Client, connectAgent, connectPresent, newVisitor, ticketFor } from '../support/clients';
import type { ServerFrame } from '../../functions/protocol';
import { runtimePerTest } from '../support/runtime-world';

let runtime: TestRuntime;
const clients: Client[] = [];
const track = (client: Client) => (clients.push(client), client);

runtimePerTest((started) => (runtime = started), clients);

const MINUTE = 60_000;
/** The rule under test (functions/domain/left-queue.ts). */
const LEFT_AFTER_MS = 10 * MINUTE;
/** Sweeps as if `ms` had passed since the test began (each test sets its own start, so slow steps do not move the times). */
let testStart = 0;
beforeEach(() => (testStart = Date.now()));
const sweepAt = (ms: number) => runtime.scheduler.fire('Sweeper', new Date(testStart + ms));

/** A visitor who can connect again with the same token, as a reloaded widget does. */
async function visitor() {
  const { token } = await newVisitor(runtime.url);
  return { connect: async () => track(await Client.connect(runtime.wsUrl, await ticketFor(runtime.url, token))) };
}

async function waitingChat(chatId: string, name = 'Mila') {
  const who = await visitor();
  const customer = await who.connect();
  customer.send({ action: 'chat.start', chatId, name, email: 'mila@example.com', question: 'Is anyone there?' });
  await customer.next('chat');
  return { who, customer };
}

async function storedChat(chatId: string) {
  const db = DynamoDBDocumentClient.from(new DynamoDBClient({ endpoint: runtime.dynamoEndpoint, region: runtime.region, credentials: runtime.credentials }));
  const { Item } = await db.send(new GetCommand({ TableName: runtime.tableName, Key: { pk: `CHAT#${chatId}`, sk: 'CHAT' } }));
  db.destroy();
  return Item;
}

async function awayAgent() {
  const anna = track(await connectAgent(runtime.url, runtime.wsUrl, ANNA.email, ANNA.password));
  anna.send({ action: 'presence.set', status: 'away' });
  await anna.next('presence', (f) => f.status === 'away');
  return anna;
}

test('a chat whose customer closed the page leaves the queue ten minutes later, as ended by the customer', async () => {
  const anna = await awayAgent();
  const { customer } = await waitingChat('left-chat-00001', 'Mila Bakker');
  await anna.next('queue', (f) => f.entries.some((e) => e.chatId === 'left-chat-00001'));
  await customer.close();

  expect(await sweepAt(MINUTE)).toMatchObject({ chatsLeftWaiting: 0 });
  expect(await sweepAt(MINUTE + LEFT_AFTER_MS - 1_000)).toMatchObject({ chatsLeftWaiting: 0 });
  expect(await storedChat('left-chat-00001')).toMatchObject({ status: 'queued' });

  expect(await sweepAt(MINUTE + LEFT_AFTER_MS + 1_000)).toMatchObject({ chatsLeftWaiting: 1 });
  await anna.next('queue', (f) => !f.entries.some((e) => e.chatId === 'left-chat-00001'));
  expect(await storedChat('left-chat-00001')).toMatchObject({ status: 'ended', endedBy: 'customer', lastEvent: { event: 'ended', text: 'Mila Bakker left the queue', byCustomer: true } });
  expect(await sweepAt(MINUTE + LEFT_AFTER_MS + 2_000)).toMatchObject({ chatsLeftWaiting: 0 });
});

test('a customer still connected keeps their place however long they wait', async () => {
  await waitingChat('left-chat-00002');
  expect(await sweepAt(MINUTE)).toMatchObject({ chatsLeftWaiting: 0 });
  expect(await sweepAt(MINUTE + 2 * LEFT_AFTER_MS)).toMatchObject({ chatsLeftWaiting: 0 });
  expect(await storedChat('left-chat-00002')).toMatchObject({ status: 'queued' });
  expect(await storedChat('left-chat-00002')).not.toHaveProperty('customerAwaySince');
});

test('a customer who comes back in time (a reload) keeps their place, and their absence is forgotten', async () => {
  const anna = await awayAgent();
  const { who, customer } = await waitingChat('left-chat-00003');
  await customer.close();
  expect(await sweepAt(MINUTE)).toMatchObject({ chatsLeftWaiting: 0 });
  expect(await storedChat('left-chat-00003')).toHaveProperty('customerAwaySince');
  // Agents see who left the page in Incoming chats.
  await anna.next('queue', (f) => f.entries.some((e) => e.chatId === 'left-chat-00003' && e.away === true));

  const back = await who.connect();
  back.send({ action: 'sync', cursors: { 'left-chat-00003': 0 } });
  await back.next('synced');
  expect(await sweepAt(MINUTE + LEFT_AFTER_MS + 1_000)).toMatchObject({ chatsLeftWaiting: 0 });
  expect(await storedChat('left-chat-00003')).not.toHaveProperty('customerAwaySince');
  // (Anna's console, silent since, no longer counts as online ten minutes on: a console opened now is told.)
  const later = await awayAgent();
  expect(later.frames.find((f) => f.type === 'queue')).toMatchObject({ entries: [{ chatId: 'left-chat-00003' }] });
  expect(later.frames.find((f) => f.type === 'queue')).not.toHaveProperty('entries.0.away');
  // Gone again later: the ten minutes count from then, not from the first absence.
  await back.close();
  expect(await sweepAt(MINUTE + LEFT_AFTER_MS + 2_000)).toMatchObject({ chatsLeftWaiting: 0 });
  expect(await storedChat('left-chat-00003')).toMatchObject({ status: 'queued' });
});

test('a chat an agent answers after its customer left ends as an answered chat whose customer did not come back, not as left in the queue', async () => {
  const { customer } = await waitingChat('left-chat-00004');
  await customer.close();
  expect(await sweepAt(MINUTE)).toMatchObject({ chatsLeftWaiting: 0 });
  const anna = await awayAgent();
  anna.send({ action: 'queue.claim', chatId: 'left-chat-00004' });
  await anna.next('chat', (f) => f.chat.chatId === 'left-chat-00004' && f.chat.status === 'active');
  expect(await sweepAt(MINUTE + LEFT_AFTER_MS + 1_000)).toMatchObject({ chatsLeftWaiting: 0 });
  // Ten minutes after the sweep found the customer gone, as any answered chat whose customer left.
  expect(await storedChat('left-chat-00004')).toMatchObject({ status: 'ended', endedBy: 'customer', lastEvent: { event: 'ended', text: 'Mila left the page and did not come back, which ended the chat' } });
});

test('an agent who answers a customer who already left is told so at once, whether or not the sweep found them gone', async () => {
  const { customer: swept } = await waitingChat('left-chat-00010', 'Lotte Smit');
  await swept.close();
  await runtime.idle();
  expect(await sweepAt(MINUTE)).toMatchObject({ chatsLeftWaiting: 0 });
  const awaySince = (await storedChat('left-chat-00010'))!.customerAwaySince as number;
  const { customer: recent } = await waitingChat('left-chat-00011', 'Sem Peters');
  await recent.close();
  await runtime.idle();

  const anna = await awayAgent();
  anna.send({ action: 'queue.claim', chatId: 'left-chat-00010' });
  expect((await anna.next('chat', (f) => f.chat.chatId === 'left-chat-00010' && f.chat.customerLeftAt !== undefined)).chat.customerLeftAt).toBe(awaySince);
  const before = Date.now();
  anna.send({ action: 'queue.claim', chatId: 'left-chat-00011' });
  const marked = (await anna.next('chat', (f) => f.chat.chatId === 'left-chat-00011' && f.chat.customerLeftAt !== undefined)).chat;
  expect(marked).toMatchObject({ status: 'active' });
  expect(marked.customerLeftAt).toBeGreaterThanOrEqual(before);
});

test('Get next in queue answers a customer who is there before an older one who left the page; no alert is raised for the one who left', async () => {
  const { customer: gone } = await waitingChat('left-chat-00005', 'Lotte Smit');
  await gone.close();
  const { customer: noor } = await waitingChat('left-chat-00006', 'Noor Visser');
  await noor.next('queue.position', (f) => f.position === 2);
  expect(await sweepAt(MINUTE / 2)).toMatchObject({ chatsLeftWaiting: 0 });
  // Lotte is found gone: Noor is next.
  await noor.next('queue.position', (f) => f.position === 1);
  const anna = track(await connectPresent(runtime.url, runtime.wsUrl, ANNA));
  // Past both the unanswered and the manager warning (1 and 2 minutes), before Anna's silence makes her stale (3).
  expect(await sweepAt(2.5 * MINUTE)).toMatchObject({ chatsLeftWaiting: 0, alertsRaised: 2, chatsPastManagerWarning: 1 });
  await runtime.idle();
  const alerted = anna.frames.filter((f): f is Extract<ServerFrame, { type: 'alert' }> => f.type === 'alert').map((f) => f.chatId);
  expect(new Set(alerted)).toEqual(new Set(['left-chat-00006']));

  anna.send({ action: 'queue.next' });
  expect((await anna.next('chat', (f) => f.chat.status === 'active')).chat.chatId).toBe('left-chat-00006');
  // With nobody else waiting, the one who left still gets their turn.
  const bram = track(await connectPresent(runtime.url, runtime.wsUrl, BRAM));
  bram.send({ action: 'queue.next' });
  expect((await bram.next('chat', (f) => f.chat.status === 'active')).chat.chatId).toBe('left-chat-00005');
});

test('a customer whose $disconnect never came is found gone by the sweep: no alert for their chat, which leaves the queue ten minutes later', async () => {
  const { customer } = await waitingChat('left-chat-00007', 'Lotte Smit');
  // The socket closes and the gateway swallows its `$disconnect`, as API Gateway sometimes does: the connection stays on record.
  runtime.gateway.swallowDisconnects = true;
  await customer.close();
  runtime.gateway.swallowDisconnects = false;
  const anna = track(await connectPresent(runtime.url, runtime.wsUrl, ANNA));

  // Past both the unanswered and the manager warning (1 and 2 minutes).
  expect(await sweepAt(2.5 * MINUTE)).toMatchObject({ chatsLeftWaiting: 0, alertsRaised: 0, chatsPastManagerWarning: 0 });
  expect(await storedChat('left-chat-00007')).toMatchObject({ status: 'queued', customerAwaySince: testStart + 2.5 * MINUTE });
  await anna.next('queue', (f) => f.entries.some((e) => e.chatId === 'left-chat-00007' && e.away === true));

  expect(await sweepAt(2.5 * MINUTE + LEFT_AFTER_MS + 1_000)).toMatchObject({ chatsLeftWaiting: 1 });
  expect(await storedChat('left-chat-00007')).toMatchObject({ status: 'ended', endedBy: 'customer', lastEvent: { text: 'Lotte Smit left the queue' } });
});
