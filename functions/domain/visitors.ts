/** A new anonymous customer: the identity the widget keeps, and all it needs to connect at once. */
import { randomUUID } from 'node:crypto';
import type { VisitorResponse } from '../protocol';
import { channelAvailable } from './availability';
import { issueTicket, TICKET_SECONDS } from './tickets';
import { issueToken } from './tokens';

/**
 * A visitor identity, a first WebSocket ticket and whether `channelId` is available: a widget
 * opened for the first time makes this one call before it connects. Writes nothing.
 */
export async function welcomeVisitor(channelId: string, nowMs: number): Promise<Required<VisitorResponse>> {
  const nowSeconds = Math.floor(nowMs / 1000);
  const visitorId = randomUUID();
  const claims = { role: 'customer', subject: visitorId, name: 'Customer' } as const;
  const [token, ticket, online] = await Promise.all([issueToken(claims, nowSeconds), issueTicket(claims, nowSeconds), channelAvailable(channelId, nowMs)]);
  return { token, visitorId, ticket, expiresInSeconds: TICKET_SECONDS, online };
}
