/**
 * What every statistics reader shares: a range of one kind of counter item read page by page, and
 * items of one hour merged into one. Counters add up; the seen digests and expiry stay behind.
 */
import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import { db, TableName } from '../adapters/dynamo';
import { statsSk } from './keys';

/** A counter item as read: `hour` (epoch ms) plus numeric counters and agent names. */
export type StatsHourItem = { hour: number; demo?: boolean } & Record<string, number | string | boolean | undefined>;

export type StatsItemKind = 'F' | 'R' | 'V' | 'L' | 'H';

export interface RangeRead {
  pk: string;
  kind: StatsItemKind;
  /** Hours in [fromHour, toHour). */
  fromHour: number;
  toHour: number;
  /** Counter names to read (`hour` always is); all when absent. */
  fields?: string[];
  /** The roll-up reads what every acknowledged write left. */
  consistent?: boolean;
}

/** The items of one kind in a range of hours, merged per hour. */
export async function hoursOf(read: RangeRead): Promise<Map<number, StatsHourItem>> {
  const byHour = new Map<number, StatsHourItem>();
  if (read.fromHour >= read.toHour) return byHour;
  // `hour` groups an hour's items, so it is read whatever else is asked for.
  const projected = read.fields && [...new Set(['hour', ...read.fields])];
  let ExclusiveStartKey: Record<string, unknown> | undefined;
  do {
    const page = await db.send(new QueryCommand({
      TableName,
      // From the first hour's bare key (a roll-up, or an item written before the shards) to past its last shard's.
      KeyConditionExpression: 'pk = :pk AND sk BETWEEN :from AND :to',
      ExpressionAttributeValues: { ':pk': read.pk, ':from': statsSk(read.kind, read.fromHour), ':to': `${statsSk(read.kind, read.toHour - 1)}#~` },
      ...(projected ? { ProjectionExpression: projected.map((_, i) => `#f${i}`).join(', '), ExpressionAttributeNames: Object.fromEntries(projected.map((f, i) => [`#f${i}`, f])) } : {}),
      ConsistentRead: read.consistent,
      ExclusiveStartKey,
    }));
    for (const raw of page.Items ?? []) {
      const item = countersOf(raw);
      byHour.set(item.hour, mergeCounters(byHour.get(item.hour), item));
    }
    ExclusiveStartKey = page.LastEvaluatedKey;
  } while (ExclusiveStartKey);
  return byHour;
}

/** An item without its key, its seen digests and its expiry: what is summed. */
export function countersOf({ pk: _pk, sk: _sk, seen: _seen, expiresAt: _expiresAt, ...item }: Record<string, unknown>): StatsHourItem {
  return item as StatsHourItem;
}

/** Numbers add up; other values (an agent's name, the demo mark) are the same in every item that has them. */
export function mergeCounters(into: StatsHourItem | undefined, item: StatsHourItem): StatsHourItem {
  if (!into) return { ...item };
  for (const [name, value] of Object.entries(item)) {
    if (name === 'hour') continue;
    const held = into[name];
    into[name] = typeof value === 'number' && typeof held === 'number' ? held + value : (held ?? value);
  }
  return into;
}
