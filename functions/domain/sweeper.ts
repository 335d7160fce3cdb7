/** The scheduled sweep: stale connections that best-effort `$disconnect` left behind, chats of agents gone, waiting customers who left, due alerts, refused events, statistics roll-ups. */
import { closeConnection } from '../adapters/connections';
import { agentLeft, requeueChatsOfGoneAgents } from './agent-gone';
import { connectionsOf, onlineAgents } from './agents-online';
import { chatsPastManagerWarning, raiseDueAlerts, waitingChats } from './alerts';
import { sweepLeftCustomers } from './left-queue';
import { endChatsCustomersLeft } from './customer-left';
import { broadcastQueue } from './queue';
import { drainOutbox } from './events';
import { timeOutTransfers } from './transfers';
import { forgetConnection } from './fanout';
import { presenceChanged } from './presence';
import { rollUpStatistics } from './stats';

export interface SweepReport {
  staleConnections: number;
  /** Ongoing chats back in the queue because their agent had no console left (agent-gone.ts). */
  chatsOfGoneAgents: number;
  /** Waiting chats ended because their customer had left (left-queue.ts). */
  chatsLeftWaiting: number;
  /** Answered chats ended because their customer left the page and did not come back (customer-left.ts). */
  chatsLeftAnswered: number;
  alertsRaised: number; transfersTimedOut: number; eventsRetried: number; chatsPastManagerWarning: number;
  /** Hours of statistics rolled up into one item each. */
  statsHoursRolledUp: number;
  /** Why the statistics roll-up failed, if it did; the handler throws it once the rest is reported. */
  statsRollupError?: unknown;
}

/** `now` comes from the schedule event, so tests move time without waiting. */
export async function sweep(now: number): Promise<SweepReport> {
  const online = await onlineAgents(now);
  await Promise.all(online.stale.map(async (c) => {
    await forgetConnection(c.connectionId);
    // If the socket still lives (a console that stopped sending heartbeats), close it so the
    // console notices and reconnects rather than sitting there unseen.
    await closeConnection(c.connectionId);
  }));
  // An agent whose last console went silent left when it was last heard from.
  const silent = new Map(online.stale.filter((c) => connectionsOf(online, c.agentId).length === 0).map((c) => [c.agentId, c]));
  await Promise.all([...silent.values()].map((c) => agentLeft({ id: c.agentId, name: c.name }, c.lastSeenAt)));
  // A chat whose customer is gone for good ends, rather than go back to the queue with its agent gone too.
  const chatsLeftAnswered = await endChatsCustomersLeft(now);
  const chatsOfGoneAgents = await requeueChatsOfGoneAgents(online, now);
  // A chat that just ended is neither alerted to nor counted as waiting past a warning.
  const { ended: chatsLeftWaiting, stillWaiting, marksChanged } = await sweepLeftCustomers(await waitingChats(), now);
  if (marksChanged) await broadcastQueue(now, online);
  const alertsRaised = await raiseDueAlerts(now, online, stillWaiting);
  // Fewer agents may be present now: the list of Present agents, the queue picture and wait estimates change.
  if (online.stale.length > 0) await presenceChanged(now, online);
  const transfersTimedOut = await timeOutTransfers(now);
  const eventsRetried = await drainOutbox();
  const pastManagerWarning = await chatsPastManagerWarning(now, stillWaiting);
  // A failing roll-up is retried from its mark next minute; it must not hold up the rest, nor the report.
  const rollup = await rollUpStatistics(now).then((hours) => ({ hours, error: undefined }), (error: unknown) => ({ hours: 0, error }));
  return {
    staleConnections: online.stale.length, chatsOfGoneAgents, chatsLeftWaiting, chatsLeftAnswered, alertsRaised, transfersTimedOut, eventsRetried, chatsPastManagerWarning: pastManagerWarning,
    statsHoursRolledUp: rollup.hours, ...(rollup.error ? { statsRollupError: rollup.error } : {}),
  };
}
