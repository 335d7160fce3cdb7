/** Present / Away: kept on the agent (across reloads and devices) and on each of its live connections. */
import type { PresenceStatus } from '../protocol';
import { agentConnections, setAgentConnectionStatus, setAgentStatus, touchAgentConnection } from '../store';
import { connectionsOf, onlineAgents, type OnlineAgents } from './agents-online';
import { requireRole, type Caller } from './caller';
import { deliver } from './fanout';
import { broadcastQueue, presentAgentsFrame } from './queue';

export async function setPresence(caller: Caller, status: PresenceStatus, now: number): Promise<void> {
  requireRole(caller, 'agent');
  await setAgentStatus(caller.subject, status);
  const own = (await agentConnections()).filter((c) => c.agentId === caller.subject).map((c) => c.connectionId);
  await setAgentConnectionStatus(own, status);
  const online = await onlineAgents(now);
  await deliver([caller.connectionId, ...connectionsOf(online, caller.subject)], [{ type: 'presence', status }]);
  await presenceChanged(now, online);
}

/**
 * Who is Present changed (status set, an agent's first connection or last one gone, stale ones swept):
 * every agent online hears the new list (whom a chat can be transferred to) and the queue, whose
 * count of present agents (and the customer's wait estimate) changed with it. Queue changes alone
 * do not send the list.
 */
export async function presenceChanged(now: number, online?: OnlineAgents): Promise<void> {
  const agents = online ?? (await onlineAgents(now));
  await Promise.all([
    deliver(agents.live.map((c) => c.connectionId), [presentAgentsFrame(agents)]),
    broadcastQueue(now, agents),
  ]);
}

/** An agent's heartbeat keeps its connection counted; a customer's only keeps the socket from idling out. */
export async function heartbeat(caller: Caller, now: number): Promise<void> {
  if (caller.role === 'agent') await touchAgentConnection(caller.connectionId, now);
}
