/**
 * The queue's broadcast turn: when the next round may start, who waits to run it, and the answered
 * totals the rounds' wait estimates need. A quiet change starts its round in the one write that also
 * counts it; during a burst one invocation waits for the next round and the others leave it to that one.
 * The item is the queue's statistics item: every write here returns the totals.
 */
import { GetCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { db, isConditionFailed, TableName } from '../adapters/dynamo';
import { keys } from './keys';

export interface BroadcastTurn {
  /** Epoch ms before which no round starts: when the last round started, plus its gap. */
  nextRoundAt?: number;
  /** The gap (ms) a round sets before the next, from how many the last one told; absent means the shortest. */
  roundGap?: number;
  /** An invocation waiting to run the next round, which covers every change made before it starts. */
  waiter?: string;
  /** Epoch ms; past it, a waiter that stopped (a crashed invocation) no longer counts. */
  waiterUntil?: number;
  /** Chats answered so far, and how long they waited in total. */
  answered?: number;
  totalWaitMs?: number;
}

const turnKey = keys.queueStats;

/**
 * The turn as it is now (a consistent read: a waiter it shows has not started its round yet). A read
 * unit costs a fifth of a refused conditional write, which is what guessing the turn's state cost.
 */
export async function readBroadcastTurn(): Promise<BroadcastTurn> {
  const { Item } = await db.send(new GetCommand({ TableName, Key: turnKey(), ConsistentRead: true }));
  return (Item ?? {}) as BroadcastTurn;
}

/** Whether the turn lets a round start at `now`, as startRoundNow's condition decides. */
export const roundMayStart = (turn: BroadcastTurn, now: number) => (turn.nextRoundAt === undefined || turn.nextRoundAt <= now) && !waiterHolds(turn, now);

/** Whether an invocation waits to run the next round, as waitForNextRound's condition decides. */
export const waiterHolds = (turn: BroadcastTurn, now: number) => turn.waiter !== undefined && (turn.waiterUntil ?? 0) >= now;

/** An answer's wait, added by whichever write below takes effect. */
function answeredClause(answeredWaitMs?: number) {
  if (answeredWaitMs === undefined) return { clause: '', values: {} };
  return { clause: ' ADD answered :one, totalWaitMs :wait', values: { ':one': 1, ':wait': Math.max(0, Math.round(answeredWaitMs)) } };
}

/**
 * Starts a round now, unless the last one started less than its gap ago or someone waits to run
 * the next: the next round may then start a gap (`roundGap`, else `minGap`) from now. Returns the
 * turn, or undefined when no round may start now.
 */
export async function startRoundNow(now: number, minGap: number, answeredWaitMs?: number): Promise<BroadcastTurn | undefined> {
  const answered = answeredClause(answeredWaitMs);
  return updateTurnIf(
    `SET nextRoundAt = if_not_exists(roundGap, :minGap) + :now${answered.clause}`,
    '(attribute_not_exists(nextRoundAt) OR nextRoundAt <= :now) AND (attribute_not_exists(waiter) OR waiterUntil < :now)',
    { ':now': now, ':minGap': minGap, ...answered.values },
  );
}

/** Becomes the invocation that runs the next round, unless one already waits to; returns the turn, or undefined. */
export async function waitForNextRound(me: string, now: number, waitUntil: number, answeredWaitMs?: number): Promise<BroadcastTurn | undefined> {
  const answered = answeredClause(answeredWaitMs);
  return updateTurnIf(
    `SET waiter = :me, waiterUntil = :until${answered.clause}`,
    'attribute_not_exists(waiter) OR waiterUntil < :now',
    { ':me': me, ':until': waitUntil, ':now': now, ...answered.values },
  );
}

/** The waiter's round starts: the next may start a gap from now. Undefined when `me` no longer waits (its wait ran out). */
export async function startAwaitedRound(me: string, now: number, minGap: number): Promise<BroadcastTurn | undefined> {
  return updateTurnIf(
    'SET nextRoundAt = if_not_exists(roundGap, :minGap) + :now REMOVE waiter, waiterUntil',
    'waiter = :me',
    { ':me': me, ':now': now, ':minGap': minGap },
  );
}

/** Counts an answer's wait when its change neither started a round nor waits for one. */
export async function countAnsweredWait(answeredWaitMs: number): Promise<void> {
  const answered = answeredClause(answeredWaitMs);
  await db.send(new UpdateCommand({ TableName, Key: turnKey(), UpdateExpression: answered.clause.trim(), ExpressionAttributeValues: answered.values }));
}

/**
 * Records the gap the round that started at `roundAt` asks for, from how many it told, and spaces the
 * next round by it; left as it is if another round started since (`nextRoundAt` is no longer `setAt`).
 */
export async function setRoundGap(gap: number, roundAt: number, setAt: number): Promise<void> {
  await updateTurnIf('SET roundGap = :gap, nextRoundAt = :next', 'nextRoundAt = :setAt', { ':gap': gap, ':next': roundAt + gap, ':setAt': setAt });
}

async function updateTurnIf(update: string, condition: string, values: Record<string, unknown>): Promise<BroadcastTurn | undefined> {
  try {
    const { Attributes } = await db.send(new UpdateCommand({
      TableName,
      Key: turnKey(),
      UpdateExpression: update,
      ConditionExpression: condition,
      ExpressionAttributeValues: values,
      ReturnValues: 'ALL_NEW',
    }));
    return Attributes as BroadcastTurn;
  } catch (error) {
    if (isConditionFailed(error)) return undefined;
    throw error;
  }
}
