/** Ending an agent's live sessions at once: their sockets close and they leave the Present list. */
import { canManageConnections, closeConnection } from '../adapters/connections';
import type { AgentRole } from '../protocol';
import { agentConnections, dropLoginInvite, setConnectionsRole } from '../store';
import { deliver, forgetConnection } from './fanout';
import { presenceChanged } from './presence';

const connectionsOfAgent = async (agentId: string) =>
  (await agentConnections()).filter((c) => c.agentId === agentId).map((c) => c.connectionId);

/**
 * Closes every connection of the agent through the management API and forgets it at once (its
 * `$disconnect` may come late or never), then tells the other agents who is Present now.
 * With `email`, a pending set-password link is voided too.
 */
export async function endSessions(agentId: string, now: number, email?: string): Promise<void> {
  if (email) await dropLoginInvite(email);
  const connectionIds = await connectionsOfAgent(agentId);
  if (connectionIds.length === 0) return;
  // Without the management API (the admin command with no runtime running) nothing is live to close.
  if (canManageConnections()) await Promise.all(connectionIds.map((id) => closeConnection(id)));
  await Promise.all(connectionIds.map((id) => forgetConnection(id)));
  if (canManageConnections()) await presenceChanged(now);
}

/** Gives the agent's live connections the new role (routing reads it there) and tells their consoles, which change their tabs. */
export async function retagSessions(agentId: string, role: AgentRole): Promise<void> {
  const connectionIds = await connectionsOfAgent(agentId);
  await setConnectionsRole(connectionIds, role);
  // Without the management API (the admin command with no runtime running) nothing is live to tell.
  if (canManageConnections()) await deliver(connectionIds, [{ type: 'role', role }]);
}
