/**
 * Statistics counters: per channel and hour, small items changed only by conditional ADDs while
 * the hour is recent, one roll-up item once it is not (stats-rollup.ts), and a few "late" items
 * for what is counted after that. Readers get one merged item per hour (stats-read.ts).
 */
import { GetCommand, PutCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { db, isConditionFailed, TableName } from '../adapters/dynamo';
import { keys, STATS_LATE_SHARDS, STATS_RECENT_SHARDS } from './keys';
import { digestShard, seenDigest } from './seen-digest';

export type { StatsHourItem } from './stats-items';

export interface StatsHourWrite {
  channel: string;
  hour: number;
  /** Names what is being counted; a second write with the same key changes nothing. */
  eventKey: string;
  add: Record<string, number>;
  set?: Record<string, string>;
  demo?: boolean;
}

/** Which items a count goes to: the hour's recent ones (expiring at `expiresAt`, epoch seconds) or its late ones. */
export type StatsPlace = { recent: true; expiresAt: number } | { recent: false };

/**
 * Adds to one hour's counters unless its item already counted `eventKey`: one UpdateItem whose
 * condition is on the same item, so a redelivered event is counted once without a transaction. The
 * item's `seen` set keeps the key's short digest (see seen-digest.ts). A late count first looks in
 * the recent item the same event would have gone to, so an event counted while its hour was recent
 * and delivered again after is not counted twice. Returns false when it had been counted already.
 *
 * Items written before this layout (`H#<hour>` and `H#<hour>#<0–3>`) are still read, never written
 * again: an event counted there and delivered again after the upgrade is counted a second time.
 */
export async function addToStatsHour(write: StatsHourWrite, place: StatsPlace): Promise<boolean> {
  const digest = seenDigest(write.eventKey);
  const recentKey = keys.statsRecent(write.channel, write.hour, digestShard(digest, STATS_RECENT_SHARDS));
  if (!place.recent && await alreadySeen(recentKey, digest)) return false;
  const key = place.recent ? recentKey : keys.statsLate(write.channel, write.hour, digestShard(digest, STATS_LATE_SHARDS));
  return conditionalAdd(key, digest, write, place.recent ? { expiresAt: place.expiresAt } : {});
}

async function alreadySeen(key: { pk: string; sk: string }, digest: string): Promise<boolean> {
  const { Item } = await db.send(new GetCommand({ TableName, Key: key, ProjectionExpression: 'seen' }));
  return (Item?.seen as Set<string> | undefined)?.has(digest) ?? false;
}

async function conditionalAdd(key: { pk: string; sk: string }, digest: string, write: StatsHourWrite, extra: Record<string, number>): Promise<boolean> {
  const names: Record<string, string> = { '#seen': 'seen', '#hour': 'hour' };
  const values: Record<string, unknown> = { ':digest': digest, ':digests': new Set([digest]), ':hour': write.hour };
  const adds = ['#seen :digests'];
  const sets = ['#hour = :hour'];
  const setAll = (prefix: string, entries: [string, unknown][]) => entries.forEach(([name, value], i) => {
    names[`#${prefix}${i}`] = name;
    values[`:${prefix}${i}`] = value;
    sets.push(`#${prefix}${i} = :${prefix}${i}`);
  });
  Object.entries(write.add).forEach(([name, value], i) => {
    names[`#a${i}`] = name;
    values[`:a${i}`] = value;
    adds.push(`#a${i} :a${i}`);
  });
  setAll('s', Object.entries(write.set ?? {}));
  setAll('x', Object.entries({ ...extra, ...(write.demo ? { demo: true } : {}) }));
  try {
    await db.send(new UpdateCommand({
      TableName,
      Key: key,
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

/** When the demo statistics were seeded, if ever. */
export async function statsDemoSeededAt(): Promise<number | undefined> {
  const { Item } = await db.send(new GetCommand({ TableName, Key: keys.statsDemo(), ConsistentRead: true }));
  return Item?.at as number | undefined;
}

export async function markStatsDemoSeeded(at: number): Promise<void> {
  await db.send(new PutCommand({ TableName, Item: { ...keys.statsDemo(), at } }));
}
