/** Present / Away: kept on the agent (across reloads and devices) and on each of its live connections. */
import type { PresenceStatus } from '../protocol';
import { agentConnections, setAgentConnectionStatus, setAgentStatus, touchAgentConnection } from '../store';
import { connectionsOf, onlineAgents } from './agents-online';
import { requireRole, type Caller } from './caller';
import { deliver } from './fanout';
import { broadcastQueue } from './queue';

export async function setPresence(caller: Caller, status: PresenceStatus, now: number): Promise<void> {
  requireRole(caller, 'agent');
  await setAgentStatus(caller.subject, status);
  const own = (await agentConnections()).filter((c) => c.agentId === caller.subject).map((c) => c.connectionId);
  await setAgentConnectionStatus(own, status);
  const online = await onlineAgents(now);
  await deliver([caller.connectionId, ...connectionsOf(online, caller.subject)], [{ type: 'presence', status }]);
  // The count of present agents is part of the queue picture (and of the customer's wait estimate).
  await broadcastQueue(now, online);
}

/** An agent's heartbeat keeps its connection counted; a customer's only keeps the socket from idling out. */
export async function heartbeat(caller: Caller, now: number): Promise<void> {
  if (caller.role === 'agent') await touchAgentConnection(caller.connectionId, now);
}

/** Whether a customer can chat now: some agent is Present with a live connection. */
export async function isAnyonePresent(now: number): Promise<boolean> {
  return (await onlineAgents(now)).presentAgentIds.size > 0;
}
