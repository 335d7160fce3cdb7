/**
 * An agent whose every console is gone (closed, or silent past the heartbeat) for five minutes: the
 * sweep moves their ongoing chats back to the queue, each customer is told and another agent answers.
 * A console back in time keeps its chats; a chat whose transfer is pending moves once the offer ends.
 */
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, GetCommand } from '@aws-sdk/lib-dynamodb';
import { ANNA, BRAM, type TestRuntime } from '../support/runtime';
import { Client, connectCustomer, connectPresent } from '../support/clients';
import { runtimePerTest } from '../support/runtime-world';

let runtime: TestRuntime;
const clients: Client[] = [];
const track = (client: Client) => (clients.push(client), client);

runtimePerTest((started) => (runtime = started), clients);

const MINUTE = 60_000;
/** The rule under test (functions/domain/agent-gone.ts). */
const GONE_AFTER_MS = 5 * MINUTE;
/** Sweeps as if `ms` had passed since the test began. */
let testStart = 0;
beforeEach(() => (testStart = Date.now()));
const sweepAt = (ms: number) => runtime.scheduler.fire('Sweeper', new Date(testStart + ms)) as Promise<{ chatsOfGoneAgents: number; staleConnections: number }>;

async function stored(pk: string, sk: string) {
  const db = DynamoDBDocumentClient.from(new DynamoDBClient({ endpoint: runtime.dynamoEndpoint, region: runtime.region, credentials: runtime.credentials }));
  const { Item } = await db.send(new GetCommand({ TableName: runtime.tableName, Key: { pk, sk } }));
  db.destroy();
  return Item;
}

/** A customer whose chat Anna has answered. */
async function answeredBy(anna: Client, chatId: string) {
  const customer = track(await connectCustomer(runtime.url, runtime.wsUrl));
  customer.send({ action: 'chat.start', chatId, name: 'Mila Bakker', email: 'mila@example.com', question: 'Where is my parcel?' });
  await customer.next('chat');
  anna.send({ action: 'queue.claim', chatId });
  await customer.next('message', (f) => f.message.event === 'joined');
  return customer;
}

test('the chats of an agent who closed their console go back to the queue five minutes later; the customer is told and Bram answers', async () => {
  const anna = track(await connectPresent(runtime.url, runtime.wsUrl, ANNA));
  const customer = await answeredBy(anna, 'gone-chat-00001');
  await anna.close();
  await runtime.idle();

  expect(await sweepAt(MINUTE)).toMatchObject({ chatsOfGoneAgents: 0 });
  expect(await sweepAt(GONE_AFTER_MS - 30_000)).toMatchObject({ chatsOfGoneAgents: 0 });
  expect(await stored('CHAT#gone-chat-00001', 'CHAT')).toMatchObject({ status: 'active', agentId: expect.any(String) });

  expect(await sweepAt(GONE_AFTER_MS + 30_000)).toMatchObject({ chatsOfGoneAgents: 1 });
  expect((await customer.next('message', (f) => f.message.event === 'requeued')).message.text).toBe(`${ANNA.name} is no longer available; you are back in the queue`);
  expect((await customer.next('chat', (f) => f.chat.status === 'queued')).chat.agent).toBeUndefined();
  await customer.next('queue.position', (f) => f.position === 1);
  // Done with: the next sweep neither moves it again nor reads her chats.
  expect(await sweepAt(GONE_AFTER_MS + 90_000)).toMatchObject({ chatsOfGoneAgents: 0 });

  const bram = track(await connectPresent(runtime.url, runtime.wsUrl, BRAM));
  bram.send({ action: 'queue.next' });
  expect((await bram.next('chat', (f) => f.chat.status === 'active')).chat.chatId).toBe('gone-chat-00001');
  await customer.next('message', (f) => f.message.event === 'joined' && f.message.text.startsWith(BRAM.name));

  // One chat going on (Anna's answer ended when the chat left her), and one chat answered today, though answered twice.
  await runtime.idle();
  bram.send({ action: 'watch', stats: true, seq: 1 });
  expect(await bram.next('stats.live')).toMatchObject({ activeChats: 1, answeredToday: 1 });
});

test('a requeued customer has waited since the agent went: ahead of customers who came later', async () => {
  const anna = track(await connectPresent(runtime.url, runtime.wsUrl, ANNA));
  const stranded = await answeredBy(anna, 'gone-chat-00005');
  const annaId = (await stored('CHAT#gone-chat-00005', 'CHAT'))!.agentId as string;
  await anna.close();
  await runtime.idle();
  const goneSince = (await stored('AGENTSGONE', annaId))!.since as number;

  const later = track(await connectCustomer(runtime.url, runtime.wsUrl));
  later.send({ action: 'chat.start', chatId: 'gone-chat-00006', name: 'Noor Visser', email: 'noor@example.com', question: 'Gift cards?' });
  await later.next('chat');
  expect(await sweepAt(GONE_AFTER_MS + 30_000)).toMatchObject({ chatsOfGoneAgents: 1 });
  expect(await stored('CHAT#gone-chat-00005', 'CHAT')).toMatchObject({ status: 'queued', queuedAt: goneSince });
  await stranded.next('queue.position', (f) => f.position === 1);
  await later.next('queue.position', (f) => f.position === 2);
  const bram = track(await connectPresent(runtime.url, runtime.wsUrl, BRAM));
  bram.send({ action: 'queue.next' });
  expect((await bram.next('chat', (f) => f.chat.status === 'active')).chat.chatId).toBe('gone-chat-00005');
});

test('an agent whose console comes back in time (a reload) keeps their chats, and their absence is forgotten', async () => {
  const anna = track(await connectPresent(runtime.url, runtime.wsUrl, ANNA));
  await answeredBy(anna, 'gone-chat-00002');
  const annaId = (await stored('CHAT#gone-chat-00002', 'CHAT'))!.agentId as string;
  await anna.close();
  await runtime.idle();
  expect(await stored('AGENTSGONE', annaId)).toMatchObject({ name: ANNA.name });

  track(await connectPresent(runtime.url, runtime.wsUrl, ANNA));
  // Before her new console's silence would make it stale (three minutes on this test's clock).
  expect(await sweepAt(2 * MINUTE)).toMatchObject({ chatsOfGoneAgents: 0 });
  expect(await stored('AGENTSGONE', annaId)).toBeUndefined();
  expect(await stored('CHAT#gone-chat-00002', 'CHAT')).toMatchObject({ status: 'active', agentId: annaId });
});

test('a console silent past the heartbeat counts as gone from when it was last heard', async () => {
  const anna = track(await connectPresent(runtime.url, runtime.wsUrl, ANNA));
  const customer = await answeredBy(anna, 'gone-chat-00003');
  // Still open, but no heartbeat since: stale from three minutes on, gone from five.
  expect(await sweepAt(4 * MINUTE)).toMatchObject({ staleConnections: 1, chatsOfGoneAgents: 0 });
  expect(await sweepAt(GONE_AFTER_MS + 30_000)).toMatchObject({ chatsOfGoneAgents: 1 });
  await customer.next('chat', (f) => f.chat.status === 'queued');
});

test('a chat with a transfer pending stays until the offer ends, then moves', async () => {
  const anna = track(await connectPresent(runtime.url, runtime.wsUrl, ANNA));
  const bram = track(await connectPresent(runtime.url, runtime.wsUrl, BRAM));
  const customer = await answeredBy(anna, 'gone-chat-00004');
  const bramId = (await bram.next('agents', (f) => f.present.length === 2)).present.find((a) => a.name === BRAM.name)!.id;
  anna.send({ action: 'chat.transfer', chatId: 'gone-chat-00004', toAgentId: bramId });
  await bram.next('chat', (f) => f.chat.chatId === 'gone-chat-00004' && f.chat.transfer !== undefined);
  await anna.close();
  await runtime.idle();

  // Bram's console is as silent as Anna's on this clock; the offer ends by timing out.
  const report = await sweepAt(GONE_AFTER_MS + 30_000);
  expect(report).toMatchObject({ transfersTimedOut: 1 });
  expect(report.chatsOfGoneAgents + (await sweepAt(GONE_AFTER_MS + 90_000)).chatsOfGoneAgents).toBe(1);
  await customer.next('chat', (f) => f.chat.status === 'queued');
});
