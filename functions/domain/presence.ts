/** Present / Away: kept on the agent, so it holds across reloads and devices. */
import type { PresenceStatus } from '../protocol';
import { setAgentStatus } from '../store';
import { requireRole, type Caller } from './caller';
import { deliver } from './fanout';
import { connectionsOfAgent } from './queue';

export async function setPresence(caller: Caller, status: PresenceStatus, now: number): Promise<void> {
  requireRole(caller, 'agent');
  await setAgentStatus(caller.subject, status);
  const connections = await connectionsOfAgent(caller.subject, now);
  await deliver([caller.connectionId, ...connections], [{ type: 'presence', status }]);
}
