/** Queue broadcasts are coalesced: a burst of changes reaches agents as fewer queue frames, the last one true. */
import { ANNA, BRAM, type TestRuntime } from '../support/runtime';
import { Client, connectAgent, connectCustomer } from '../support/clients';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, GetCommand } from '@aws-sdk/lib-dynamodb';
import { MAX_ROUND_INTERVAL_MS, MIN_ROUND_INTERVAL_MS } from '../../functions/domain/queue-broadcast-interval';
import { keys } from '../../functions/store/keys';
import { runtimePerTest } from '../support/runtime-world';

const CHATS = 20;
let runtime: TestRuntime;
const clients: Client[] = [];
const track = (client: Client) => (clients.push(client), client);

runtimePerTest((started) => (runtime = started), clients);

async function burstOfStarts(): Promise<Client[]> {
  const customers = await Promise.all(Array.from({ length: CHATS }, async () => track(await connectCustomer(runtime.url, runtime.wsUrl))));
  customers.forEach((customer, i) => customer.send({
    action: 'chat.start', chatId: `burst-chat-${String(i).padStart(2, '0')}`, name: `C${i}`, email: `c${i}@example.com`, question: 'Anyone?',
  }));
  await Promise.all(customers.map((customer) => customer.next('chat')));
  await runtime.idle();
  return customers;
}

test(`${CHATS} chats starting at once reach each agent as fewer queue frames, the last listing them all`, async () => {
  const agents = [track(await connectAgent(runtime.url, runtime.wsUrl, ANNA.email, ANNA.password)), track(await connectAgent(runtime.url, runtime.wsUrl, BRAM.email, BRAM.password))];
  const before = agents.map((agent) => agent.frames.length);

  await burstOfStarts();

  for (const [i, agent] of agents.entries()) {
    const queues = agent.frames.slice(before[i]).flatMap((f) => (f.type === 'queue' ? [f] : []));
    expect(queues.length).toBeLessThan(CHATS);
    expect(queues.at(-1)?.waiting).toBe(CHATS);
    expect(queues.at(-1)?.entries.map((e) => e.chatId)).toHaveLength(CHATS);
  }
});

test(`every one of ${CHATS} customers arriving at once is told their place in the queue`, async () => {
  track(await connectAgent(runtime.url, runtime.wsUrl, ANNA.email, ANNA.password));

  const customers = await burstOfStarts();

  const places = customers.map((customer) => customer.frames.filter((f) => f.type === 'queue.position').at(-1));
  expect(places.map((p) => (p?.type === 'queue.position' ? p.position : 0)).sort((a, b) => a - b)).toEqual(Array.from({ length: CHATS }, (_, i) => i + 1));
});

test('chats starting one after another are told at most once a second, and the last round lists them all', async () => {
  const anna = track(await connectAgent(runtime.url, runtime.wsUrl, ANNA.email, ANNA.password));
  const before = anna.frames.length;
  const customers = await Promise.all(Array.from({ length: 8 }, async () => track(await connectCustomer(runtime.url, runtime.wsUrl))));

  const startedAt = Date.now();
  for (const [i, customer] of customers.entries()) {
    customer.send({ action: 'chat.start', chatId: `paced-chat-${i}`, name: `C${i}`, email: `c${i}@example.com`, question: 'Anyone?' });
    await customer.next('chat');
  }
  const spanMs = Date.now() - startedAt;
  await anna.next('queue', (f) => f.waiting === customers.length);
  await runtime.idle();

  const queues = anna.frames.slice(before).flatMap((f) => (f.type === 'queue' ? [f] : []));
  // Each start alone would be its own round; rounds start at least MIN_ROUND_INTERVAL_MS apart.
  expect(queues.length).toBeLessThanOrEqual(Math.floor(spanMs / MIN_ROUND_INTERVAL_MS) + 2);
  expect(queues.length).toBeLessThan(customers.length);
  expect(queues.at(-1)?.entries.map((e) => e.chatId).sort()).toEqual(customers.map((_, i) => `paced-chat-${i}`));
});

/** When the queue's broadcast turn lets the next round start. */
async function nextRoundAt(): Promise<number> {
  const db = DynamoDBDocumentClient.from(new DynamoDBClient({ endpoint: runtime.dynamoEndpoint, region: runtime.region, credentials: runtime.credentials }));
  const { Item } = await db.send(new GetCommand({ TableName: runtime.tableName, Key: keys.queueStats(), ConsistentRead: true }));
  db.destroy();
  return Item?.nextRoundAt as number;
}

async function startOneChat(chatId: string): Promise<number> {
  const customer = track(await connectCustomer(runtime.url, runtime.wsUrl));
  const sentAt = Date.now();
  customer.send({ action: 'chat.start', chatId, name: 'Mila', email: 'mila@example.com', question: 'Anyone?' });
  await customer.next('chat');
  await runtime.idle();
  return sentAt;
}

test('a round told to two agents lets the next start a second later', async () => {
  track(await connectAgent(runtime.url, runtime.wsUrl, ANNA.email, ANNA.password));
  track(await connectAgent(runtime.url, runtime.wsUrl, BRAM.email, BRAM.password));

  const sentAt = await startOneChat('spacing-chat-01');

  const next = await nextRoundAt();
  expect(next).toBeGreaterThanOrEqual(sentAt + MIN_ROUND_INTERVAL_MS);
  expect(next).toBeLessThan(Date.now() + MIN_ROUND_INTERVAL_MS);
});

test('a round told to 40 agent connections spaces the next one 2 s or more, not a second', async () => {
  for (let i = 0; i < 20; i++) {
    track(await connectAgent(runtime.url, runtime.wsUrl, ANNA.email, ANNA.password));
    track(await connectAgent(runtime.url, runtime.wsUrl, BRAM.email, BRAM.password));
  }

  const sentAt = await startOneChat('spacing-chat-02');

  const next = await nextRoundAt();
  expect(next).toBeGreaterThanOrEqual(sentAt + 2000);
  expect(next).toBeLessThanOrEqual(Date.now() + MAX_ROUND_INTERVAL_MS);
});

test('chats starting one after another within a round\'s gap are covered by reading the turn, not by refused writes', async () => {
  track(await connectAgent(runtime.url, runtime.wsUrl, ANNA.email, ANNA.password));
  const customers = await Promise.all(Array.from({ length: 8 }, async () => track(await connectCustomer(runtime.url, runtime.wsUrl))));
  const refusedBefore = (await runtime.metrics()).lambda.dynamo.byHandler.WsChatStart?.conditionFailures ?? 0;

  for (const [i, customer] of customers.entries()) {
    customer.send({ action: 'chat.start', chatId: `read-turn-chat-${i}`, name: `C${i}`, email: `c${i}@example.com`, question: 'Anyone?' });
    await customer.next('chat');
  }
  await runtime.idle();

  const refused = (await runtime.metrics()).lambda.dynamo.byHandler.WsChatStart.conditionFailures - refusedBefore;
  // Guessing the turn refused one or two writes per start after the first.
  expect(refused).toBeLessThanOrEqual(2);
});
