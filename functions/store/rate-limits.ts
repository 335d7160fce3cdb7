/** What abuse limits keep: a token bucket on each connection item and on each side of a chat, hit counters per source, failed logins. */
import { DeleteCommand, GetCommand, PutCommand, QueryCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { db, isConditionFailed, TableName } from '../adapters/dynamo';
import type { Role } from '../protocol';
import type { ConnectionItem } from './connections';
import { keys } from './keys';

export interface Bucket { intervalMs: number; burst: number }

export type Spent = { ok: true; connection: ConnectionItem } | { ok: false; reason: 'unknown' | 'empty' };

/**
 * Takes one token from the connection's bucket (GCRA: `tat` is when the bucket will be full again)
 * and returns the connection, in the one UpdateItem that replaces reading it. DynamoDB cannot take
 * max(tat, now), so a bucket that filled up less than one burst ago keeps draining from its old
 * `tat` (a burst of at most twice the limit after a short pause); only after a longer quiet spell,
 * or on the first frame, a second write restarts it — never while a connection is busy.
 */
export async function spendFrameToken(connectionId: string, nowMs: number, bucket: Bucket): Promise<Spent> {
  const tau = bucket.intervalMs * (bucket.burst - 1);
  const live = 'attribute_exists(pk) AND expiresAt > :nowS';
  const values = { ':nowS': Math.floor(nowMs / 1000), ':interval': bucket.intervalMs };
  const drain = () => updateConnectionIf({
    Key: keys.connection(connectionId),
    UpdateExpression: 'SET tat = tat + :interval',
    ConditionExpression: `${live} AND tat BETWEEN :floor AND :limit`,
    ExpressionAttributeValues: { ...values, ':floor': nowMs - tau, ':limit': nowMs + tau },
  });
  const draining = await drain();
  if (draining) return { ok: true, connection: draining };
  const refilled = await updateConnectionIf({
    Key: keys.connection(connectionId),
    UpdateExpression: 'SET tat = :next',
    ConditionExpression: `${live} AND (attribute_not_exists(tat) OR tat < :floor)`,
    ExpressionAttributeValues: { ':nowS': values[':nowS'], ':floor': nowMs - tau, ':next': nowMs + bucket.intervalMs },
  });
  if (refilled) return { ok: true, connection: refilled };
  // A frame handled at the same moment may have just restarted the bucket: draining works again.
  const drainedAfterAll = await drain();
  if (drainedAfterAll) return { ok: true, connection: drainedAfterAll };
  const { Item } = await db.send(new GetCommand({ TableName, Key: keys.connection(connectionId) }));
  const known = Item && (Item as ConnectionItem).expiresAt > values[':nowS'];
  return { ok: false, reason: known ? 'empty' : 'unknown' };
}

/**
 * How a chat side's bucket is charged, in the update that allocates the message's seq. GCRA needs
 * `tat = max(tat, now) + interval`, which one DynamoDB expression cannot say, so each case is its own
 * form: `restart` when the bucket is full (or the chat predates buckets), `drain` while a burst is
 * under way. A side writing slower than the sustained rate always finds its bucket full, so a
 * conversation at any human pace takes the `restart` form, the one tried first, in one write.
 */
export type TokenSpend = 'restart' | 'drain';

/** The chat item's attribute holding `side`'s theoretical arrival time (ms); absent until its first message. */
export const sideBucketAttribute = (side: Role) => (side === 'customer' ? 'customerTat' : 'agentTat');

/** The SET clause, condition and values that take one token of `side`'s bucket in the `spend` form. */
export function chatTokenExpression(side: Role, spend: TokenSpend, nowMs: number, bucket: Bucket) {
  const names = { '#tat': sideBucketAttribute(side) };
  if (spend === 'restart') {
    return {
      clause: '#tat = :tatNext',
      condition: '(attribute_not_exists(#tat) OR #tat <= :tatNow)',
      names, values: { ':tatNow': nowMs, ':tatNext': nowMs + bucket.intervalMs },
    };
  }
  return {
    clause: '#tat = #tat + :tatInterval',
    condition: '#tat BETWEEN :tatNow AND :tatLimit',
    names, values: { ':tatNow': nowMs, ':tatLimit': nowMs + tolerance(bucket), ':tatInterval': bucket.intervalMs },
  };
}

/** Which form a bucket whose `tat` was read as this takes a token in at `nowMs`; `empty` when none is left. */
export function tokenSpendFor(tat: number | undefined, nowMs: number, bucket: Bucket): TokenSpend | 'empty' {
  if (tat === undefined || tat <= nowMs) return 'restart';
  return tat <= nowMs + tolerance(bucket) ? 'drain' : 'empty';
}

/** How far ahead of now `tat` may be and still admit a frame: the burst, less the token being spent. */
const tolerance = (bucket: Bucket) => bucket.intervalMs * (bucket.burst - 1);

async function updateConnectionIf(input: { Key: Record<string, string>; UpdateExpression: string; ConditionExpression: string; ExpressionAttributeValues: Record<string, number> }) {
  try {
    const { Attributes } = await db.send(new UpdateCommand({ TableName, ...input, ReturnValues: 'ALL_NEW' }));
    return Attributes as ConnectionItem;
  } catch (error) {
    if (isConditionFailed(error)) return undefined;
    throw error;
  }
}

/** Counts a hit on `door` from `source` in `window`; false (and not counted) once `max` were counted. */
export async function countHit(door: string, source: string, window: number, max: number, expiresAt: number): Promise<boolean> {
  try {
    await db.send(new UpdateCommand({
      TableName,
      Key: keys.rateCounter(door, source, window),
      UpdateExpression: 'ADD hits :one SET expiresAt = :exp',
      ConditionExpression: 'attribute_not_exists(hits) OR hits < :max',
      ExpressionAttributeValues: { ':one': 1, ':max': max, ':exp': expiresAt },
    }));
    return true;
  } catch (error) {
    if (isConditionFailed(error)) return false;
    throw error;
  }
}

export interface LoginFailures { failures: number; windowEndsAt: number; lockedUntil?: number }

/** Whose failed logins a record counts: an email address's from anywhere, or from one source address. */
export type LoginFailureScope = { email: string; source?: string };
const failureKey = ({ email, source }: LoginFailureScope) => (source === undefined ? keys.loginFailures(email) : keys.loginFailuresFrom(email, source));

export async function getLoginFailures(scope: LoginFailureScope): Promise<LoginFailures | undefined> {
  const { Item } = await db.send(new GetCommand({ TableName, Key: failureKey(scope), ConsistentRead: true }));
  return Item as LoginFailures | undefined;
}

/** Counts a failed login within the current window (opening a new one if the last has passed); returns the count. */
export async function addLoginFailure(scope: LoginFailureScope, nowSeconds: number, windowSeconds: number): Promise<number> {
  try {
    const { Attributes } = await db.send(new UpdateCommand({
      TableName,
      Key: failureKey(scope),
      UpdateExpression: 'ADD failures :one',
      ConditionExpression: 'windowEndsAt > :now',
      ExpressionAttributeValues: { ':one': 1, ':now': nowSeconds },
      ReturnValues: 'UPDATED_NEW',
    }));
    return Attributes!.failures as number;
  } catch (error) {
    if (!isConditionFailed(error)) throw error;
    const fresh = { failures: 1, windowEndsAt: nowSeconds + windowSeconds, expiresAt: nowSeconds + 2 * windowSeconds };
    await db.send(new PutCommand({ TableName, Item: { ...failureKey(scope), ...fresh } }));
    return 1;
  }
}

export async function lockLogin(scope: LoginFailureScope, until: number): Promise<void> {
  await db.send(new UpdateCommand({
    TableName,
    Key: failureKey(scope),
    UpdateExpression: 'SET lockedUntil = :until, expiresAt = :until',
    ExpressionAttributeValues: { ':until': until },
  }));
}

/** Forgets every failed login of the email address, from anywhere: its lockouts end. */
export async function clearLoginFailures(email: string): Promise<void> {
  const { pk } = keys.loginFailures(email);
  let from: Record<string, unknown> | undefined;
  do {
    const page = await db.send(new QueryCommand({
      TableName, KeyConditionExpression: 'pk = :pk', ExpressionAttributeValues: { ':pk': pk }, ProjectionExpression: 'pk, sk', ConsistentRead: true, ExclusiveStartKey: from,
    }));
    await Promise.all((page.Items ?? []).map((item) => db.send(new DeleteCommand({ TableName, Key: { pk: item.pk, sk: item.sk } }))));
    from = page.LastEvaluatedKey;
  } while (from);
}
