/**
 * An hour's counters are spread over a few shard items, each remembering the events it counted by a
 * short digest of their keys: a redelivered event is counted once, every event lands in exactly
 * one shard, and the figures add up the shards and any item written before them.
 */
import { randomBytes } from 'node:crypto';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, GetCommand, PutCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import type { TestRuntime } from '../support/runtime';
import { ADMIN } from '../support/admin';
import { runtimePerTest } from '../support/runtime-world';
import { api, loginAgent } from '../support/clients';
import { keys, STATS_SHARDS, statsHourSk } from '../../functions/store/keys';
import { digestShard, seenDigest } from '../../functions/store/seen-digest';

import type { StatsFigures } from '../../functions/protocol';

const HOUR = Date.UTC(2026, 10, 20, 9);
const DAY = '2026-11-20';
const answeredAt = HOUR + 120_000;
const answered = (chatId: string) => ({ version: 1, chatId, channel: 'default', agent: { id: 'agent-1', name: 'Anna' }, startedAt: HOUR, queuedAt: HOUR, answeredAt });
const started = (chatId: string) => ({ version: 1, chatId, channel: 'default', customer: { name: 'Mila', email: 'mila@example.com' }, startedAt: HOUR + 60_000 });
let runtime: TestRuntime;
let db: DynamoDBDocumentClient;

runtimePerTest((started) => {
  runtime = started;
  db = DynamoDBDocumentClient.from(new DynamoDBClient({ endpoint: runtime.dynamoEndpoint, region: runtime.region, credentials: runtime.credentials }));
});
afterEach(() => db?.destroy());

/** The same event as EventBridge would deliver it again: same detail, a new event id. */
const deliver = (detailType: string, detail: Record<string, unknown>) => runtime.invoke('EventStatsWriter', {
  version: '0', id: randomBytes(8).toString('hex'), 'detail-type': detailType, source: 'parley', account: 'local',
  time: new Date().toISOString(), region: 'local', resources: [], detail,
});

async function shardItem(eventKey: string) {
  const key = keys.statsHour('default', HOUR, digestShard(seenDigest(eventKey), STATS_SHARDS));
  const { Item } = await db.send(new GetCommand({ TableName: runtime.tableName, Key: key }));
  return Item as { answered?: number; seen?: Set<string> };
}

async function hourItems() {
  const { Items } = await db.send(new QueryCommand({
    TableName: runtime.tableName,
    KeyConditionExpression: 'pk = :pk AND begins_with(sk, :hour)',
    ExpressionAttributeValues: { ':pk': keys.statsHour('default', HOUR, 0).pk, ':hour': statsHourSk(HOUR) },
  }));
  return (Items ?? []) as { sk: string; started?: number; seen?: Set<string> }[];
}

async function figuresOfTheDay(): Promise<StatsFigures> {
  const { token } = await loginAgent(runtime.url, ADMIN.email, ADMIN.password);
  return (await api<StatsFigures>(runtime.url, `/api/stats?from=${DAY}&to=${DAY}`, { method: 'GET', token })).body;
}

test('a redelivered event is counted once, and its shard item keeps its 8-character digest, not its key', async () => {
  await deliver('chat.answered', answered('digest-chat-01'));
  await deliver('chat.answered', answered('digest-chat-01'));

  const item = await shardItem(`answered:digest-chat-01:${answeredAt}`);
  expect(item.answered).toBe(1);
  expect([...item.seen!]).toEqual([seenDigest(`answered:digest-chat-01:${answeredAt}`)]);
});

test('the events of one hour spread over the shard items, each counted in one of them, and the figures add them up', async () => {
  const chatIds = Array.from({ length: 40 }, (_, i) => `spread-chat-${String(i).padStart(2, '0')}`);
  for (const chatId of chatIds) await deliver('chat.started', started(chatId));

  const items = await hourItems();
  expect(items.length).toBeGreaterThan(1);
  expect(items.length).toBeLessThanOrEqual(STATS_SHARDS);
  expect(items.reduce((sum, item) => sum + (item.started ?? 0), 0)).toBe(40);
  expect(items.reduce((sum, item) => sum + item.seen!.size, 0)).toBe(40);
  expect((await figuresOfTheDay()).totals.started).toBe(40);
});

test('an hour counted before the shards, in one item, still adds into the figures beside the new events', async () => {
  await db.send(new PutCommand({ TableName: runtime.tableName, Item: { pk: 'STATS#default', sk: statsHourSk(HOUR), hour: HOUR, started: 3, seen: new Set(['started:old-1', 'started:old-2', 'started:old-3']) } }));

  await deliver('chat.started', started('after-upgrade-01'));

  expect((await figuresOfTheDay()).totals.started).toBe(4);
});
