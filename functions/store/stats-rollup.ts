/**
 * Rolling an hour's statistics up: its recent items (and any written before them) summed into one
 * item, written whole, so writing it again gives the same item; and the channel's mark of up to
 * which hour that is done, which only ever moves forward.
 */
import { GetCommand, QueryCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { db, isConditionFailed, TableName } from '../adapters/dynamo';
import { keys } from './keys';
import { batchWriteItems } from './batch-write';
import { countersOf, hoursOf, mergeCounters, type StatsHourItem, type StatsItemKind } from './stats-items';

export interface StatsRollupMark {
  /** Every hour before this one has its roll-up (if it had anything to count), written a sweep ago or more. */
  rolledTo: number;
  /** The last sweep rolled up the hours up to this one; readers rely on them from the next sweep. */
  pendingTo: number;
  /** Items of the layout before roll-ups may exist for hours before this one. */
  legacyTo: number;
  /**
   * Every roll-up of this hour or later has its live item beside it (see keys.statsLive); absent
   * until the first sweep that writes them, so hours rolled up before have only their roll-up.
   */
  liveFrom?: number;
}

export async function statsRollupMark(channel: string, consistent = false): Promise<StatsRollupMark | undefined> {
  const { Item } = await db.send(new GetCommand({ TableName, Key: keys.statsRollupMark(channel), ConsistentRead: consistent }));
  if (!Item) return undefined;
  const mark: StatsRollupMark = { rolledTo: Item.rolledTo as number, pendingTo: Item.pendingTo as number, legacyTo: Item.legacyTo as number };
  return typeof Item.liveFrom === 'number' ? { ...mark, liveFrom: Item.liveFrom } : mark;
}

/** Moves the mark forward; a run that finished later and got further is never undone. */
export async function advanceStatsRollupMark(channel: string, mark: Required<StatsRollupMark>): Promise<boolean> {
  try {
    await db.send(new UpdateCommand({
      TableName,
      Key: keys.statsRollupMark(channel),
      // liveFrom is set once: hours before it were rolled up without live items, and stay so.
      UpdateExpression: 'SET rolledTo = :rolled, pendingTo = :pending, legacyTo = if_not_exists(legacyTo, :legacy), liveFrom = if_not_exists(liveFrom, :live)',
      ConditionExpression: 'attribute_not_exists(pendingTo) OR (pendingTo <= :pending AND rolledTo <= :rolled)',
      ExpressionAttributeValues: { ':rolled': mark.rolledTo, ':pending': mark.pendingTo, ':legacy': mark.legacyTo, ':live': mark.liveFrom },
    }));
    return true;
  } catch (error) {
    if (isConditionFailed(error)) return false;
    throw error;
  }
}

/** The summed recent and older-layout items of each hour in [fromHour, toHour) that has any, read consistently. */
export async function statsToRollUp(channel: string, fromHour: number, toHour: number): Promise<StatsHourItem[]> {
  const { pk } = keys.statsRollupMark(channel);
  const [recent, legacy] = await Promise.all((['F', 'H'] as const).map((kind) => hoursOf({ pk, kind, fromHour, toHour, consistent: true })));
  for (const [hour, item] of legacy) recent.set(hour, mergeCounters(recent.get(hour), item));
  return [...recent.values()].sort((a, b) => a.hour - b.hour);
}

/**
 * Writes each hour's roll-up whole (PutItem semantics), and beside it the hour's live item with
 * only `liveFields` of it, retrying what a batch left unprocessed.
 */
export async function putStatsRollups(channel: string, items: StatsHourItem[], liveFields: readonly string[]): Promise<void> {
  const puts = items.flatMap((item) => [
    { ...keys.statsRollup(channel, item.hour), ...countersOf(item) },
    { ...keys.statsLive(channel, item.hour), hour: item.hour, ...Object.fromEntries(liveFields.filter((f) => item[f] !== undefined).map((f) => [f, item[f]])) },
  ]);
  // The sweeper's next run starts again from the mark, so giving up here loses nothing.
  await batchWriteItems(puts.map((Item) => ({ PutRequest: { Item } })), (left) => new Error(`statistics roll-up of ${channel}: ${left} items left unwritten`));
}

/** The hour of a channel's first (or last) item of one kind, if it has any. */
export async function edgeStatsHour(channel: string, kind: StatsItemKind, last: boolean): Promise<number | undefined> {
  const { pk } = keys.statsRollupMark(channel);
  const { Items } = await db.send(new QueryCommand({
    TableName,
    KeyConditionExpression: 'pk = :pk AND begins_with(sk, :kind)',
    ExpressionAttributeValues: { ':pk': pk, ':kind': `${kind}#` },
    ProjectionExpression: '#hour',
    ExpressionAttributeNames: { '#hour': 'hour' },
    ScanIndexForward: !last,
    Limit: 1,
    ConsistentRead: true,
  }));
  return Items?.[0]?.hour as number | undefined;
}
