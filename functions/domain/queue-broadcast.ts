/**
 * Coalesced queue broadcasts. A queue change after a quiet spell tells everyone the queue at once,
 * in a round started by the same write that counts the change. A change that comes within the gap
 * after a round (1–5 s, by how many that round told) is left to the next round: one invocation waits
 * for it and tells everyone then, covering every change made meanwhile; the others only count theirs.
 * So a quiet queue costs a read and a write per change, a change during a burst a read, and with
 * many agents online a stream of starts and claims costs a broadcast every few seconds, not one per change.
 */
import { randomUUID } from 'node:crypto';
import { MIN_ROUND_INTERVAL_MS, roundInterval } from './queue-broadcast-interval';
import {
  countAnsweredWait, readBroadcastTurn, roundMayStart, setRoundGap, startAwaitedRound, startRoundNow, waiterHolds, waitForNextRound, type BroadcastTurn,
} from '../store';

/** Longer than a wait (at most one gap, ≤ 5 s) plus a round; a waiter that stopped no longer counts after it. */
const WAIT_LEASE_MS = 15_000;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, Math.max(0, ms)));

/**
 * Counts a queue change (with `answeredWaitMs`, an answer and its wait) and makes sure a round that
 * looks at the queue after it tells everyone. Each round gets the turn it runs on, with the
 * answered-wait totals as counted so far; `reuseReads` is false for a round that waited, which reads
 * afresh. `tell` returns how many posts it made, which sets the gap before the next round.
 */
export async function coalescedBroadcast(tell: (elapsedMs: number, turn: BroadcastTurn, reuseReads: boolean) => Promise<number>, answeredWaitMs?: number): Promise<void> {
  const started = Date.now();
  // Read first, so a burst of changes costs a read each instead of two refused writes: the turn says
  // which write can take effect. A write the turn allowed may still be refused when another change
  // got there first; the next one is then tried, as it would have been without the read.
  const turn = await readBroadcastTurn();
  const now = roundMayStart(turn, started) ? await startRoundNow(started, MIN_ROUND_INTERVAL_MS, answeredWaitMs) : undefined;
  if (now) return round(tell, now, started, true);
  // A round ran moments ago, or one is awaited: waiting for the next covers this change.
  const me = randomUUID();
  const waiting = waiterHolds(turn, started) ? undefined : await waitForNextRound(me, started, started + WAIT_LEASE_MS, answeredWaitMs);
  if (!waiting) {
    // Someone waits already, and starts their round after this change was made (the read, made after
    // the change, still saw them waiting, and their round reads the queue afresh): it is covered.
    if (answeredWaitMs !== undefined) await countAnsweredWait(answeredWaitMs);
    return;
  }
  await sleep((waiting.nextRoundAt ?? 0) - Date.now());
  const awaited = await startAwaitedRound(me, Date.now(), MIN_ROUND_INTERVAL_MS);
  if (awaited) await round(tell, awaited, started, false);
}

async function round(tell: (elapsedMs: number, turn: BroadcastTurn, reuseReads: boolean) => Promise<number>, turn: BroadcastTurn, started: number, reuseReads: boolean): Promise<void> {
  const roundAt = Date.now();
  const posts = await tell(roundAt - started, turn, reuseReads);
  const gap = roundInterval(posts);
  // Written only when the audience's size asks for another gap than the last round's.
  if (gap !== (turn.roundGap ?? MIN_ROUND_INTERVAL_MS)) await setRoundGap(gap, roundAt, turn.nextRoundAt!);
}
