/** The chat item rewritten with every message stays small: its index key moves at most hourly, its client ids go once no resend can need them. */
import { createRequire } from 'node:module';
import { DynamoDBClient, GetItemCommand } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, GetCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { clientIdKey } from '../../functions/store/client-id-key';
import type { TestRuntime } from '../support/runtime';
import { runtimePerTest } from '../support/runtime-world';
import { openClaimedChat } from '../support/chat-setup';
import type { Client } from '../support/clients';
import { shiftedClock } from '../support/shifted-clock';

const HOUR_MS = 3600_000;
/** More than the chat item keeps ids for. */
const LONG_CHAT = 80;
let runtime: TestRuntime;
const clients: Client[] = [];

// dynalite sizes items as DynamoDB bills them.
const { itemSize } = createRequire(__filename)('dynalite/db') as { itemSize(item: unknown): number };
const clock = shiftedClock();
// Every test starts on the real clock; one moves it on between messages.
beforeEach(() => clock.standAt(Date.now()));
afterAll(() => clock.remove());
// A long chat typed in one go here; at the default burst (30 frames) the abuse limit would step in.
runtimePerTest((started) => (runtime = started), clients, { handlerEnv: { LIMIT_FRAME_BURST: '1000', ...clock.env } });

async function storedChat(chatId: string) {
  const db = DynamoDBDocumentClient.from(new DynamoDBClient({ endpoint: runtime.dynamoEndpoint, region: runtime.region, credentials: runtime.credentials }));
  const { Item } = await db.send(new GetCommand({ TableName: runtime.tableName, Key: { pk: `CHAT#${chatId}`, sk: 'CHAT' } }));
  db.destroy();
  return Item as { activityAt: number; recent: Record<string, number>; lastSeq: number };
}

/** The chat item's size as DynamoDB bills it. */
async function storedBytes(chatId: string) {
  const db = new DynamoDBClient({ endpoint: runtime.dynamoEndpoint, region: runtime.region, credentials: runtime.credentials });
  const { Item } = await db.send(new GetItemCommand({ TableName: runtime.tableName, Key: { pk: { S: `CHAT#${chatId}` }, sk: { S: 'CHAT' } }, ConsistentRead: true }));
  db.destroy();
  return itemSize(Item);
}

async function rewriteRecent(chatId: string, remove: string | undefined, set: Record<string, number>) {
  const db = DynamoDBDocumentClient.from(new DynamoDBClient({ endpoint: runtime.dynamoEndpoint, region: runtime.region, credentials: runtime.credentials }));
  const names: Record<string, string> = { '#recent': 'recent' };
  const values: Record<string, number> = {};
  const sets = Object.entries(set).map(([key, seq], i) => ((names[`#s${i}`] = key), (values[`:s${i}`] = seq), `#recent.#s${i} = :s${i}`));
  if (remove) names['#gone'] = remove;
  await db.send(new UpdateCommand({
    TableName: runtime.tableName, Key: { pk: `CHAT#${chatId}`, sk: 'CHAT' },
    UpdateExpression: `SET ${sets.join(', ')}${remove ? ' REMOVE #recent.#gone' : ''}`,
    ExpressionAttributeNames: names, ExpressionAttributeValues: values,
  }));
  db.destroy();
}

async function answeredChat(chatId: string) {
  const { customer, anna } = await openClaimedChat(runtime, clients, chatId, { name: 'Mila', email: 'mila@example.com', question: 'Hello?' });
  return Object.assign(customer, { anna });
}

async function say(customer: Client, chatId: string, clientMessageId: string) {
  return customer.sendStored({ action: 'message.send', chatId, clientMessageId, text: `Message ${clientMessageId}` });
}

test("a conversation's messages keep its activity at the next whole hour instead of rewriting it each time", async () => {
  const customer = await answeredChat('activity-chat-01');
  await say(customer, 'activity-chat-01', 'activity-01');
  const last = await say(customer, 'activity-chat-01', 'activity-02');

  expect((await storedChat('activity-chat-01')).activityAt).toBe(Math.ceil(last.at / HOUR_MS) * HOUR_MS);
});

test('the claim and the end keep the activity at the next whole hour too, so a chat answered and ended within the hour moves its index entry once', async () => {
  const customer = await answeredChat('activity-chat-02');
  const claimed = await storedChat('activity-chat-02');
  customer.anna.send({ action: 'chat.end', chatId: 'activity-chat-02' });
  const ended = (await customer.next('chat', (f) => f.chat.status === 'ended')).chat;

  expect(claimed.activityAt % HOUR_MS).toBe(0);
  expect((await storedChat('activity-chat-02')).activityAt).toBe(Math.ceil(ended.endedAt! / HOUR_MS) * HOUR_MS);
});

test('a burst keeps every client id while a resend may come, so its oldest message resent is recognised, not stored twice', async () => {
  const customer = await answeredChat('long-chat-01');
  const count = LONG_CHAT;
  const id = (i: number) => `long-${String(i).padStart(3, '0')}`;
  for (let i = 1; i <= count; i++) await say(customer, 'long-chat-01', id(i));
  await runtime.idle();

  const stored = await storedChat('long-chat-01');
  expect(stored.recent[clientIdKey(id(1))]).toBeDefined();
  expect(stored.recent[clientIdKey(id(count))]).toBe(stored.lastSeq);
  // Keys, not the ids themselves: the item is billed by its size with every message.
  expect(Object.keys(stored.recent).every((key) => key.length === 8)).toBe(true);

  for (const resent of [id(1), id(count)]) {
    customer.send({ action: 'message.send', chatId: 'long-chat-01', clientMessageId: resent, text: 'Resent' });
    expect(await customer.next('duplicate', (f) => f.clientMessageId === resent)).toMatchObject({ clientMessageId: resent });
  }
  expect((await storedChat('long-chat-01')).lastSeq).toBe(stored.lastSeq);
}, 30_000);

test("a burst's ids go once they are past the resend window, the newest kept", async () => {
  const customer = await answeredChat('long-chat-02');
  const id = (i: number) => `past-${String(i).padStart(3, '0')}`;
  for (let i = 1; i <= LONG_CHAT; i++) await say(customer, 'long-chat-02', id(i));
  clock.standAt(Date.now() + 5 * 60_000);
  // Enough more for the item to be looked at again.
  for (let i = LONG_CHAT + 1; i <= LONG_CHAT + 8; i++) await say(customer, 'long-chat-02', id(i));
  await runtime.idle();

  const stored = await storedChat('long-chat-02');
  expect(stored.recent[clientIdKey(id(1))]).toBeUndefined();
  expect(Object.keys(stored.recent).length).toBeLessThan(40);
  expect(stored.recent[clientIdKey(id(LONG_CHAT + 8))]).toBe(stored.lastSeq);
}, 30_000);

test('a long chat at a human pace stays under one kilobyte, and its newest message is still recognised when resent', async () => {
  const customer = await answeredChat('paced-long-01');
  const sides = [customer.anna, customer];
  let offset = 0;
  const sizes: number[] = [];
  for (let i = 0; i < 48; i++) {
    // Ten seconds between messages (the benchmark's pace): each id outlives the resend window after a dozen more.
    clock.standAt(Date.now() + (offset += 10_000));
    const [from, to] = [sides[i % 2], sides[(i + 1) % 2]];
    from.send({ action: 'message.send', chatId: 'paced-long-01', clientMessageId: `paced-${String(i).padStart(3, '0')}-message`, text: 'x'.repeat(80) });
    await to.next('message', (f) => f.message.clientMessageId === `paced-${String(i).padStart(3, '0')}-message`);
    await runtime.idle();
    sizes.push(await storedBytes('paced-long-01'));
  }

  expect(Math.max(...sizes)).toBeLessThan(1024);
  // Ids older than the resend window (two minutes: twelve messages here) are gone, once the item grew large.
  expect(Object.keys((await storedChat('paced-long-01')).recent).length).toBeLessThan(40);
  customer.send({ action: 'message.send', chatId: 'paced-long-01', clientMessageId: 'paced-047-message', text: 'x'.repeat(80) });
  expect(await customer.next('duplicate')).toMatchObject({ clientMessageId: 'paced-047-message' });
}, 60_000);

test('a chat begun before ids were kept by their key still recognises a message resent under an id it holds as such', async () => {
  const customer = await answeredChat('legacy-ids-01');
  const sent = await say(customer, 'legacy-ids-01', 'legacy-message-01');
  await rewriteRecent('legacy-ids-01', clientIdKey('legacy-message-01'), { 'legacy-message-01': sent.seq });

  customer.send({ action: 'message.send', chatId: 'legacy-ids-01', clientMessageId: 'legacy-message-01', text: 'Resent' });

  expect(await customer.next('duplicate')).toMatchObject({ clientMessageId: 'legacy-message-01', message: { seq: sent.seq } });
  expect((await storedChat('legacy-ids-01')).lastSeq).toBe(sent.seq);
});

test("a message whose id has the same key as a stored message's is refused, and the stored one is left as it was", async () => {
  const customer = await answeredChat('same-key-01');
  const first = await say(customer, 'same-key-01', 'first-message-01');
  await rewriteRecent('same-key-01', undefined, { [clientIdKey('second-message-01')]: first.seq });

  customer.send({ action: 'message.send', chatId: 'same-key-01', clientMessageId: 'second-message-01', text: 'Not the first' });

  expect(await customer.next('error')).toMatchObject({ code: 'conflict' });
  expect((await storedChat('same-key-01')).lastSeq).toBe(first.seq);
  customer.send({ action: 'sync', cursors: { 'same-key-01': first.seq - 1 } });
  expect((await customer.next('message', (f) => f.message.seq === first.seq)).message).toMatchObject({ clientMessageId: 'first-message-01', text: first.text });
});
