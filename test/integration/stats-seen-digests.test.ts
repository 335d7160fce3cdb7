/**
 * The hourly counter item remembers each counted event by a short digest of its key: a redelivered
 * event is counted once, and an item written before the digests (holding full keys) does not
 * count an event it already counted under its full key.
 */
import { randomBytes } from 'node:crypto';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { startTestRuntime, type TestRuntime } from '../support/runtime';
import { keys } from '../../functions/store/keys';
import { seenDigest } from '../../functions/store/seen-digest';

const HOUR = Date.UTC(2026, 10, 20, 9);
const answeredAt = HOUR + 120_000;
const answered = (chatId: string) => ({ version: 1, chatId, channel: 'default', agent: { id: 'agent-1', name: 'Anna' }, startedAt: HOUR, queuedAt: HOUR, answeredAt });
let runtime: TestRuntime;
let db: DynamoDBDocumentClient;

beforeEach(async () => {
  runtime = await startTestRuntime();
  db = DynamoDBDocumentClient.from(new DynamoDBClient({ endpoint: runtime.dynamoEndpoint, region: runtime.region, credentials: runtime.credentials }));
}, 60_000);
afterEach(async () => {
  db.destroy();
  await runtime.stop();
});

/** The same event as EventBridge would deliver it again: same detail, a new event id. */
const deliver = (detail: Record<string, unknown>) => runtime.invoke('EventStatsWriter', {
  version: '0', id: randomBytes(8).toString('hex'), 'detail-type': 'chat.answered', source: 'parley', account: 'local',
  time: new Date().toISOString(), region: 'local', resources: [], detail,
});

async function hourItem() {
  const { Item } = await db.send(new GetCommand({ TableName: runtime.tableName, Key: keys.statsHour('default', HOUR) }));
  return Item as { answered?: number; seen?: Set<string> };
}

test('a redelivered event is counted once, and the item keeps its 8-character digest, not its key', async () => {
  await deliver(answered('digest-chat-01'));
  await deliver(answered('digest-chat-01'));

  const item = await hourItem();
  expect(item.answered).toBe(1);
  expect([...item.seen!]).toEqual([seenDigest(`answered:digest-chat-01:${answeredAt}`)]);
});

test('an item holding an event under its full key, as written before the digests, does not count that event again', async () => {
  const oldKey = `answered:digest-chat-02:${answeredAt}`;
  await db.send(new PutCommand({ TableName: runtime.tableName, Item: { ...keys.statsHour('default', HOUR), hour: HOUR, answered: 1, seen: new Set([oldKey]) } }));

  await deliver(answered('digest-chat-02'));

  const item = await hourItem();
  expect(item.answered).toBe(1);
  expect([...item.seen!]).toEqual([oldKey]);
});

test('an item holding full keys counts a new event beside them, under its digest', async () => {
  const oldKey = `answered:digest-chat-03:${answeredAt}`;
  await db.send(new PutCommand({ TableName: runtime.tableName, Item: { ...keys.statsHour('default', HOUR), hour: HOUR, answered: 1, seen: new Set([oldKey]) } }));

  await deliver(answered('digest-chat-04'));

  const item = await hourItem();
  expect(item.answered).toBe(2);
  expect(new Set(item.seen)).toEqual(new Set([oldKey, seenDigest(`answered:digest-chat-04:${answeredAt}`)]));
});
