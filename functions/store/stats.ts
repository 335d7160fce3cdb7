/**
 * Statistics counters: per channel and hour, a few shard items, each changed only by conditional
 * ADDs. An hour's figures are the sum of its items; readers get them merged into one per hour.
 */
import { GetCommand, PutCommand, QueryCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { db, isConditionFailed, TableName } from '../adapters/dynamo';
import { keys, STATS_SHARDS, statsHourSk } from './keys';
import { digestShard, seenDigest } from './seen-digest';

export interface StatsHourWrite {
  channel: string;
  hour: number;
  /** Names what is being counted; a second write with the same key changes nothing. */
  eventKey: string;
  add: Record<string, number>;
  set?: Record<string, string>;
  demo?: boolean;
}

/** A counter item as read: `hour` (epoch ms) plus numeric counters and agent names. */
export type StatsHourItem = { hour: number; demo?: boolean } & Record<string, number | string | boolean | undefined>;

/**
 * Adds to one hour's counters unless its shard item already counted `eventKey`: one UpdateItem
 * whose condition is on the same item, so a redelivered event is counted once without a
 * transaction. The item's `seen` set keeps the key's short digest (see seen-digest.ts), so the item
 * grows by 8 bytes per event. Returns false when it had been counted already.
 *
 * Items written before the shards (one per hour, no `#shard` suffix) are still read, never written
 * again: an event counted there and delivered again after the upgrade is counted a second time.
 */
export async function addToStatsHour(write: StatsHourWrite): Promise<boolean> {
  const digest = seenDigest(write.eventKey);
  const names: Record<string, string> = { '#seen': 'seen', '#hour': 'hour' };
  const values: Record<string, unknown> = { ':digest': digest, ':digests': new Set([digest]), ':hour': write.hour };
  const adds = ['#seen :digests'];
  const sets = ['#hour = :hour'];
  Object.entries(write.add).forEach(([name, value], i) => {
    names[`#a${i}`] = name;
    values[`:a${i}`] = value;
    adds.push(`#a${i} :a${i}`);
  });
  Object.entries(write.set ?? {}).forEach(([name, value], i) => {
    names[`#s${i}`] = name;
    values[`:s${i}`] = value;
    sets.push(`#s${i} = :s${i}`);
  });
  if (write.demo) {
    names['#demo'] = 'demo';
    values[':demo'] = true;
    sets.push('#demo = :demo');
  }
  try {
    await db.send(new UpdateCommand({
      TableName,
      Key: keys.statsHour(write.channel, write.hour, digestShard(digest, STATS_SHARDS)),
      UpdateExpression: `SET ${sets.join(', ')} ADD ${adds.join(', ')}`,
      // `seen` is absent on a new item, and contains() of an absent attribute is false.
      ConditionExpression: 'NOT contains(#seen, :digest)',
      ExpressionAttributeNames: names,
      ExpressionAttributeValues: values,
    }));
    return true;
  } catch (error) {
    if (isConditionFailed(error)) return false;
    throw error;
  }
}

/** The counters of one channel for the hours in [fromHour, toHour), one item per hour, without their event keys. */
export async function statsHours(channel: string, fromHour: number, toHour: number, fields?: string[]): Promise<StatsHourItem[]> {
  const byHour = new Map<number, StatsHourItem>();
  // `hour` groups an hour's items, so it is read whatever else is asked for.
  const projected = fields && [...new Set(['hour', ...fields])];
  let ExclusiveStartKey: Record<string, unknown> | undefined;
  const { pk } = keys.statsHour(channel, fromHour, 0);
  do {
    const page = await db.send(new QueryCommand({
      TableName,
      // From the hour's bare key (items written before the shards) to past its last shard's.
      KeyConditionExpression: 'pk = :pk AND sk BETWEEN :from AND :to',
      ExpressionAttributeValues: { ':pk': pk, ':from': statsHourSk(fromHour), ':to': `${statsHourSk(toHour - 1)}#~` },
      ...(projected ? { ProjectionExpression: projected.map((_, i) => `#f${i}`).join(', '), ExpressionAttributeNames: Object.fromEntries(projected.map((f, i) => [`#f${i}`, f])) } : {}),
      ExclusiveStartKey,
    }));
    for (const { pk: _pk, sk: _sk, seen: _seen, ...item } of page.Items ?? []) {
      const hour = item.hour as number;
      byHour.set(hour, mergeCounters(byHour.get(hour), item as StatsHourItem));
    }
    ExclusiveStartKey = page.LastEvaluatedKey;
  } while (ExclusiveStartKey);
  return [...byHour.values()];
}

/** Numbers add up; other values (an agent's name, the demo mark) are the same in every shard that has them. */
function mergeCounters(into: StatsHourItem | undefined, item: StatsHourItem): StatsHourItem {
  if (!into) return item;
  for (const [name, value] of Object.entries(item)) {
    if (name === 'hour') continue;
    const held = into[name];
    into[name] = typeof value === 'number' && typeof held === 'number' ? held + value : (held ?? value);
  }
  return into;
}

/** When the demo statistics were seeded, if ever. */
export async function statsDemoSeededAt(): Promise<number | undefined> {
  const { Item } = await db.send(new GetCommand({ TableName, Key: keys.statsDemo(), ConsistentRead: true }));
  return Item?.at as number | undefined;
}

export async function markStatsDemoSeeded(at: number): Promise<void> {
  await db.send(new PutCommand({ TableName, Item: { ...keys.statsDemo(), at } }));
}
