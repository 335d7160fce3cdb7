/** A WebSocket connection's life: admitted with a ticket at `$connect`, forgotten at `$disconnect` or when found gone. */
import { getAgent, putConnection } from '../store';
import { redeemTicket } from './tickets';

/** API Gateway closes every connection after 2 hours; the item outlives that a little. */
export const CONNECTION_SECONDS = 2 * 3600 + 300;

export async function admit(connectionId: string, ticket: string | undefined, nowMs: number): Promise<boolean> {
  const nowSeconds = Math.floor(nowMs / 1000);
  const claims = ticket ? await redeemTicket(ticket, nowSeconds) : undefined;
  if (!claims) return false;
  const connection = { connectionId, ...claims, connectedAt: nowMs, expiresAt: nowSeconds + CONNECTION_SECONDS, tat: nowMs };
  if (claims.role === 'customer') {
    await putConnection(connection);
    return true;
  }
  // An agent's role and Present/Away travel with each connection, so routing reads one partition.
  const agent = await getAgent(claims.subject);
  if (!agent) return false;
  await putConnection(connection, { agentRole: agent.role, status: agent.status });
  return true;
}

export { forgetConnection as release } from './fanout';
