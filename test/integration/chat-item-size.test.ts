/** The chat item rewritten with every message stays small: its index key moves at most hourly, its client ids are bounded. */
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, GetCommand } from '@aws-sdk/lib-dynamodb';
import type { TestRuntime } from '../support/runtime';
import { runtimePerTest } from '../support/runtime-world';
import { openClaimedChat } from '../support/chat-setup';
import type { Client } from '../support/clients';

const HOUR_MS = 3600_000;
/** More than the chat item keeps ids for. */
const LONG_CHAT = 80;
let runtime: TestRuntime;
const clients: Client[] = [];

// A long chat typed in one go here; at the default burst (30 frames) the abuse limit would step in.
runtimePerTest((started) => (runtime = started), clients, { handlerEnv: { LIMIT_FRAME_BURST: '1000' } });

async function storedChat(chatId: string) {
  const db = DynamoDBDocumentClient.from(new DynamoDBClient({ endpoint: runtime.dynamoEndpoint, region: runtime.region, credentials: runtime.credentials }));
  const { Item } = await db.send(new GetCommand({ TableName: runtime.tableName, Key: { pk: `CHAT#${chatId}`, sk: 'CHAT' } }));
  db.destroy();
  return Item as { activityAt: number; recent: Record<string, number>; lastSeq: number };
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

test('a long chat keeps only the newest client message ids, and a resent recent message is still not stored twice', async () => {
  const customer = await answeredChat('long-chat-01');
  const count = LONG_CHAT;
  const id = (i: number) => `long-${String(i).padStart(3, '0')}`;
  for (let i = 1; i <= count; i++) await say(customer, 'long-chat-01', id(i));
  await runtime.idle();

  const stored = await storedChat('long-chat-01');
  expect(Object.keys(stored.recent).length).toBeLessThan(count);
  expect(stored.recent[id(1)]).toBeUndefined();
  expect(stored.recent[id(count)]).toBe(stored.lastSeq);

  customer.send({ action: 'message.send', chatId: 'long-chat-01', clientMessageId: id(count), text: 'Resent' });
  expect(await customer.next('duplicate')).toMatchObject({ clientMessageId: id(count) });
  expect((await storedChat('long-chat-01')).lastSeq).toBe(stored.lastSeq);
}, 30_000);
