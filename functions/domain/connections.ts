/** A WebSocket connection's life: admitted with a ticket at `$connect`, forgotten at `$disconnect` or when found gone. */
import { getAgent, getAgentRecord, putConnection } from '../store';
import { agentLeft } from './agent-gone';
import { tokenStands } from './agent-sessions';
import { originAllowedOn } from './channel-origins';
import { DEFAULT_CHANNEL } from '../protocol/channel-defaults';
import { connectionsOf, onlineAgents } from './agents-online';
import { forgetConnection } from './fanout';
import { presenceChanged } from './presence';
import { redeemTicket } from './tickets';
import { customerConnectionClosed } from './customer-left';
import { withdrawOffersTo } from './transfers';

/** API Gateway closes every connection after 2 hours; the item outlives that a little. */
export const CONNECTION_SECONDS = 2 * 3600 + 300;

/**
 * Whether the connection may open: a valid ticket, and for a customer a page on an origin allowed for
 * the channel the widget names (`?channel=`, else the default channel). The origin is kept on the
 * connection, so a chat started on another channel is checked against that channel's origins too.
 */
export async function admit(connectionId: string, ticket: string | undefined, nowMs: number, origin?: string, channelId?: string): Promise<boolean> {
  const nowSeconds = Math.floor(nowMs / 1000);
  const claims = ticket ? await redeemTicket(ticket, nowSeconds) : undefined;
  if (!claims) return false;
  const connection = { connectionId, ...claims, connectedAt: nowMs, expiresAt: nowSeconds + CONNECTION_SECONDS, tat: nowMs };
  if (claims.role === 'customer') {
    if (!(await originAllowedOn(channelId ?? DEFAULT_CHANNEL, origin))) return false;
    await putConnection({ ...connection, ...(origin && { origin }) });
    return true;
  }
  // An agent's role and Present/Away travel with each connection, so routing reads one partition.
  const agent = await getAgentRecord(claims.subject);
  if (!tokenStands(agent, claims)) return false;
  await putConnection(connection, { agentRole: agent.role, status: agent.status });
  return true;
}

/**
 * `$disconnect`: forgets the connection. When it was an agent's last, the agent counts as gone (their
 * chats move on if they stay gone, agent-gone.ts), and if Present, the others' list of Present agents
 * changes. When it was a customer's last on an answered chat, its agent is told (customer-left.ts).
 */
export async function release(connectionId: string, now: number, { loggedOut = false } = {}): Promise<void> {
  const released = await forgetConnection(connectionId);
  if (released === 'opening' || !released) return;
  if (released.role === 'customer') return void (await customerConnectionClosed(released, now));
  if (released.role !== 'agent') return;
  const online = await onlineAgents(now);
  if (connectionsOf(online, released.subject).length > 0) return;
  await agentLeft({ id: released.subject, name: released.name }, now, loggedOut);
  // Logged out with offers waiting: their senders hear at once (the console declines them too, in frames that may come after this one).
  if (loggedOut) await withdrawOffersTo(released.subject, now);
  if ((await getAgent(released.subject))?.status === 'present') await presenceChanged(now, online);
}
