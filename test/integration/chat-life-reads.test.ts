/**
 * A chat's start and claim build what they just wrote instead of reading it back, and pass on what
 * they already read: what the customer and the agent are shown is still exactly what is stored.
 */
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, GetCommand } from '@aws-sdk/lib-dynamodb';
import { ANNA, BRAM, type TestRuntime } from '../support/runtime';
import { api, Client, connectAgent, connectCustomer, connectPresent } from '../support/clients';
import { MIN_ROUND_INTERVAL_MS } from '../../functions/domain/queue-broadcast-interval';
import { runtimePerTest } from '../support/runtime-world';

let runtime: TestRuntime;
const clients: Client[] = [];
const track = (client: Client) => (clients.push(client), client);

runtimePerTest((started) => (runtime = started), clients);

const start = (chatId: string) => ({ action: 'chat.start', chatId, name: 'Mila', email: 'mila@example.com', phone: '+31 20 123 4567', question: 'Where is my order?', language: 'nl' });

async function storedItem(key: { pk: string; sk: string }) {
  const db = DynamoDBDocumentClient.from(new DynamoDBClient({ endpoint: runtime.dynamoEndpoint, region: runtime.region, credentials: runtime.credentials }));
  const { Item } = await db.send(new GetCommand({ TableName: runtime.tableName, Key: key }));
  db.destroy();
  return Item;
}

/** The chat's stored messages, as a sync from its start sends them to the customer. */
async function storedMessages(customer: Client, chatId: string) {
  const from = customer.frames.length;
  customer.send({ action: 'sync', cursors: { [chatId]: 0 } });
  await customer.next('synced');
  return customer.frames.slice(from).flatMap((f) => (f.type === 'message' && f.message.chatId === chatId ? [f.message] : []));
}

test('the chat a customer is shown on starting it is the chat as stored', async () => {
  const customer = track(await connectCustomer(runtime.url, runtime.wsUrl));
  customer.send(start('reads-start-01'));
  const shown = (await customer.next('chat')).chat;

  // A retried start answers with the chat read from the table.
  customer.send(start('reads-start-01'));
  const stored = (await customer.next('chat')).chat;

  expect(shown).toEqual(stored);
  expect(shown).toMatchObject({ status: 'queued', lastSeq: 1, customerPhone: '+31 20 123 4567', language: 'nl' });
});

test('the agent answering a chat that holds only its question gets exactly the stored messages', async () => {
  const anna = track(await connectAgent(runtime.url, runtime.wsUrl, ANNA.email, ANNA.password));
  const customer = track(await connectCustomer(runtime.url, runtime.wsUrl));
  customer.send(start('reads-claim-01'));
  await anna.next('queue', (f) => f.waiting === 1);

  anna.send({ action: 'queue.next' });
  await anna.next('message', (f) => f.message.event === 'joined');
  await customer.next('message', (f) => f.message.event === 'joined');

  expect(anna.messages('reads-claim-01')).toEqual(await storedMessages(customer, 'reads-claim-01'));
  expect(anna.messages('reads-claim-01').map((m) => m.seq)).toEqual([1, 2]);
});

test('the agent answering a chat whose customer wrote while waiting gets every message', async () => {
  const anna = track(await connectAgent(runtime.url, runtime.wsUrl, ANNA.email, ANNA.password));
  const customer = track(await connectCustomer(runtime.url, runtime.wsUrl));
  customer.send(start('reads-claim-02'));
  await anna.next('queue', (f) => f.waiting === 1);
  await customer.sendStored({ action: 'message.send', chatId: 'reads-claim-02', clientMessageId: 'reads-wait-01', text: 'Still there?' });

  anna.send({ action: 'queue.claim', chatId: 'reads-claim-02' });
  await anna.next('message', (f) => f.message.event === 'joined');

  expect(anna.messages('reads-claim-02').map((m) => m.text)).toEqual(['Where is my order?', 'Still there?', `${ANNA.name} joined the chat`]);
});

test("an answered chat's wait counts in the estimate the next waiting customer is given", async () => {
  // Present: the estimate shares the wait among the Present agents who may answer.
  const anna = track(await connectPresent(runtime.url, runtime.wsUrl, ANNA));
  const [first, second] = [track(await connectCustomer(runtime.url, runtime.wsUrl)), track(await connectCustomer(runtime.url, runtime.wsUrl))];
  first.send(start('reads-wait-01'));
  await anna.next('queue', (f) => f.waiting === 1);
  second.send(start('reads-wait-02'));
  await anna.next('queue', (f) => f.waiting === 2);

  anna.send({ action: 'queue.next' });
  const moved = await second.next('queue.position', (f) => f.position === 1);
  await runtime.idle();

  const totals = await storedItem({ pk: 'STATS', sk: 'QUEUE' });
  expect(totals).toMatchObject({ answered: 1, totalWaitMs: expect.any(Number) });
  expect(moved.estimatedWaitSeconds).toBe(Math.round(totals!.totalWaitMs / 1000));
});

test('claims made at once each count their wait, and the last queue every agent hears is empty', async () => {
  const agents = [track(await connectAgent(runtime.url, runtime.wsUrl, ANNA.email, ANNA.password)), track(await connectAgent(runtime.url, runtime.wsUrl, BRAM.email, BRAM.password))];
  const chatIds = Array.from({ length: 6 }, (_, i) => `reads-burst-0${i}`);
  for (const chatId of chatIds) {
    const customer = track(await connectCustomer(runtime.url, runtime.wsUrl));
    customer.send(start(chatId));
    await customer.next('chat');
  }
  await runtime.idle();

  const names = [ANNA.name, BRAM.name];
  await Promise.all(agents.map(async (agent, i) => {
    for (let n = 0; n < 3; n++) agent.send({ action: 'queue.next' });
    // Each ask ends in a claimed chat or, had another agent taken the last one, a notice.
    for (let n = 0; n < 3; n++) await agent.nextMatching((f) => f.type === 'notice' || (f.type === 'chat' && f.chat.status === 'active' && f.chat.agent?.name === names[i]));
  }));
  await runtime.idle();

  expect(await storedItem({ pk: 'STATS', sk: 'QUEUE' })).toMatchObject({ answered: 6 });
  expect((await storedItem({ pk: 'STATS', sk: 'QUEUE' }))?.waiter).toBeUndefined();
  for (const agent of agents) expect(agent.frames.filter((f) => f.type === 'queue').at(-1)).toMatchObject({ waiting: 0 });
});

test("a customer's closed connection is forgotten at once, and dropped from its chat by the next delivery that finds it gone", async () => {
  const anna = track(await connectAgent(runtime.url, runtime.wsUrl, ANNA.email, ANNA.password));
  anna.send({ action: 'presence.set', status: 'present' });
  await anna.next('presence', (f) => f.status === 'present');
  const customer = await connectCustomer(runtime.url, runtime.wsUrl);
  customer.send(start('reads-close-01'));
  await customer.next('chat');
  const [connectionId] = (await storedItem({ pk: 'CHAT#reads-close-01', sk: 'CHAT' }))!.conns as Set<string>;

  await customer.close();
  await runtime.idle();
  const disconnect = (await runtime.metrics()).lambda.dynamo.byHandler.WsDisconnect;
  anna.send({ action: 'queue.next' });
  await anna.next('message', (f) => f.message.event === 'joined');
  await runtime.idle();

  expect(await storedItem({ pk: `CONN#${connectionId}`, sk: 'CONN' })).toBeUndefined();
  // `$disconnect` deletes the connection, reads the chat it kept (a waiting one: the sweep judges it) and writes nothing else.
  expect(disconnect).toMatchObject({ calls: 2, writeUnits: 1 });
  expect([...((await storedItem({ pk: 'CHAT#reads-close-01', sk: 'CHAT' }))!.conns ?? [])]).not.toContain(connectionId);
  expect((await api<{ online: boolean }>(runtime.url, '/api/availability', { method: 'GET' })).body.online).toBe(true);
});

/**
 * DynamoDB calls, refused conditions aside. A start: the frame token, its channel, the chat, the chat kept on
 * the connection (customer-left.ts), its question,
 * then the broadcast's turn (read, see queue-broadcast.ts) and round (counted and started in one write), queue,
 * agents online and channels. A claim: the caller, agents online, channels, candidates, the claim, "joined",
 * agents online again (after the claim, see queue.ts), then the broadcast's turn, round and queue, and
 * the look-up of a contact at the customer's address, to link the chat to (contacts.ts, linkByEmail).
 */
const START_CALLS = 10;
const CLAIM_CALLS = 11;

test('starting a chat and answering it read nothing twice, nor read back what they wrote', async () => {
  const anna = track(await connectAgent(runtime.url, runtime.wsUrl, ANNA.email, ANNA.password));
  const customer = track(await connectCustomer(runtime.url, runtime.wsUrl));
  customer.send(start('reads-calls-01'));
  await anna.next('queue', (f) => f.waiting === 1);
  await runtime.idle();
  // A claim within the interval of the start's round would wait its turn and read afresh (three calls more).
  await new Promise((resolve) => setTimeout(resolve, MIN_ROUND_INTERVAL_MS));
  anna.send({ action: 'queue.next' });
  await anna.next('queue', (f) => f.waiting === 0);
  await runtime.idle();

  const { byHandler } = (await runtime.metrics()).lambda.dynamo;
  const calls = (name: string) => byHandler[name].calls - byHandler[name].conditionFailures;
  expect(calls('WsChatStart')).toBeLessThanOrEqual(START_CALLS);
  expect(calls('WsQueueNext')).toBeLessThanOrEqual(CLAIM_CALLS);
});
