/**
 * Coalesced queue broadcasts. Every queue change is counted; the invocation that finds no broadcast
 * under way leads and tells everyone the queue as it is, then again, an interval later (1–5 s, by
 * how many it told), while changes keep coming in. The others only count theirs: the leader's next
 * round covers them. So with many agents online a stream of starts and claims costs a broadcast
 * every few seconds, not one per change.
 */
import { randomUUID } from 'node:crypto';
import { roundInterval } from './queue-broadcast-interval';
import { continueQueueBroadcast, countQueueChange, finishQueueBroadcast, leaveQueueBroadcast, takeOverQueueBroadcast, type BroadcastTurn } from '../store';

/** Longer than one round can take; a leader that stopped is replaced after it. */
const LEASE_MS = 15_000;
/** Keeps a leader's invocation well inside its timeout (10 s); whoever changes the queue next leads on. */
const LEAD_FOR_MS = 6000;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, Math.max(0, ms)));

/**
 * Counts a queue change (with `answeredWaitMs`, an answer and its wait) and, unless a broadcast under
 * way will cover it, runs `tell` until none is left. Each round gets the turn it runs on, with the
 * answered-wait totals as counted so far; `reuseReads` is false once time has passed since the
 * caller's own reads (a later round, or a first round that waited), so the round reads afresh.
 * `tell` returns how many posts it made, which sets the interval before the next round.
 */
export async function coalescedBroadcast(tell: (elapsedMs: number, turn: BroadcastTurn, reuseReads: boolean) => Promise<number>, answeredWaitMs?: number): Promise<void> {
  const me = randomUUID();
  const started = Date.now();
  let turn: BroadcastTurn | undefined = await countQueueChange(me, started + LEASE_MS, answeredWaitMs);
  if (turn.leader !== me) {
    if ((turn.leaseUntil ?? 0) > started || !turn.leader) return;
    turn = await takeOverQueueBroadcast(me, turn.leader, started + LEASE_MS);
    if (!turn) return;
  }
  // The last round ran moments ago: this one waits its turn, and covers what is counted meanwhile.
  const wait = (turn.nextRoundAt ?? 0) - Date.now();
  if (wait > 0) {
    await sleep(wait);
    turn = await continueQueueBroadcast(me, 0, Date.now() + LEASE_MS);
  }
  for (let round = 1; turn; round++) {
    // Changes counted so far happened before this look at the queue, so this round covers them.
    const covered = turn.pending;
    const roundAt = Date.now();
    let posts: number;
    try {
      posts = await tell(roundAt - started, turn, round === 1 && wait <= 0);
    } catch (error) {
      // Nothing covered: the next change's invocation leads and tells them all.
      await leaveQueueBroadcast(me, 0);
      throw error;
    }
    const nextRoundAt = roundAt + roundInterval(posts);
    if (await finishQueueBroadcast(me, covered, nextRoundAt)) return;
    if (nextRoundAt - started > LEAD_FOR_MS) return leaveQueueBroadcast(me, covered, nextRoundAt);
    await sleep(nextRoundAt - Date.now());
    turn = await continueQueueBroadcast(me, covered, Date.now() + LEASE_MS);
  }
}
