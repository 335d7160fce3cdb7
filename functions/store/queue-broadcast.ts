/**
 * The queue's broadcast turn: queue changes are counted on one item, and one invocation at a time
 * (the leader, holding a lease) tells everyone the queue, covering every change counted before it looked.
 * The item is the queue's statistics item: a claim counts its chat's wait in the write that counts
 * the change, and every write here returns the totals the leader's round needs for wait estimates.
 */
import { UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { db, isConditionFailed, TableName } from '../adapters/dynamo';
import { keys } from './keys';

export interface BroadcastTurn {
  /** Changes counted and not yet covered by a broadcast. */
  pending: number;
  leader?: string;
  /** Epoch ms; past it, a leader that stopped (a crashed invocation) can be replaced. */
  leaseUntil?: number;
  /** Epoch ms before which no round starts: the last finished round's time plus the interval it set. */
  nextRoundAt?: number;
  /** Chats answered so far, and how long they waited in total. */
  answered?: number;
  totalWaitMs?: number;
}

const turnKey = keys.queueStats;

/**
 * Counts one queue change, and with `answeredWaitMs` the wait of the chat whose answer it is;
 * `me` becomes the leader if there is none. Returns the turn as it now is.
 */
export async function countQueueChange(me: string, leaseUntil: number, answeredWaitMs?: number): Promise<BroadcastTurn> {
  const answered = answeredWaitMs === undefined ? {} : { ':wait': Math.max(0, Math.round(answeredWaitMs)) };
  const { Attributes } = await db.send(new UpdateCommand({
    TableName,
    Key: turnKey(),
    UpdateExpression: 'SET pending = if_not_exists(pending, :zero) + :one, leader = if_not_exists(leader, :me), leaseUntil = if_not_exists(leaseUntil, :until)'
      + (answeredWaitMs === undefined ? '' : ' ADD answered :one, totalWaitMs :wait'),
    ExpressionAttributeValues: { ':zero': 0, ':one': 1, ':me': me, ':until': leaseUntil, ...answered },
    ReturnValues: 'ALL_NEW',
  }));
  return Attributes as BroadcastTurn;
}

/** Takes the lead from `expired`, whose lease ran out; undefined if someone else did first. */
export async function takeOverQueueBroadcast(me: string, expired: string, leaseUntil: number): Promise<BroadcastTurn | undefined> {
  return updateTurnIf('SET leader = :me, leaseUntil = :until', 'leader = :old', { ':me': me, ':old': expired, ':until': leaseUntil });
}

/**
 * Ends the lead when no change came in since `covered` were counted, recording when the next round
 * may start (`nextRoundAt`); false otherwise (or when no longer leader).
 */
export async function finishQueueBroadcast(me: string, covered: number, nextRoundAt: number): Promise<boolean> {
  return !!(await updateTurnIf('SET pending = pending - :n, nextRoundAt = :at REMOVE leader, leaseUntil', 'leader = :me AND pending = :n', { ':me': me, ':n': covered, ':at': nextRoundAt }));
}

/** Keeps the lead for the changes that came in meanwhile; returns the turn, or undefined when no longer leader. */
export async function continueQueueBroadcast(me: string, covered: number, leaseUntil: number): Promise<BroadcastTurn | undefined> {
  return updateTurnIf('SET pending = pending - :n, leaseUntil = :until', 'leader = :me', { ':me': me, ':n': covered, ':until': leaseUntil });
}

/**
 * Gives the lead up with changes still counted: the next change's invocation takes it and covers
 * them. `nextRoundAt`: when the next round may start, if one ran.
 */
export async function leaveQueueBroadcast(me: string, covered: number, nextRoundAt?: number): Promise<void> {
  const at = nextRoundAt === undefined ? {} : { ':at': nextRoundAt };
  await updateTurnIf(`SET pending = pending - :n${nextRoundAt === undefined ? '' : ', nextRoundAt = :at'} REMOVE leader, leaseUntil`, 'leader = :me', { ':me': me, ':n': covered, ...at });
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
