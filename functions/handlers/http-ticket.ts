/** POST /api/tickets: trades a session token for a short single-use WebSocket ticket. */
import type { TicketResponse } from '../protocol';
import { issueTicket, TICKET_SECONDS } from '../domain/tickets';
import { bearer, failure, json, type HttpHandler } from './lib/http';
import { now } from '../adapters/clock';

export const handler: HttpHandler = async (event) => {
  const nowSeconds = Math.floor(now() / 1000);
  const claims = await bearer(event, nowSeconds);
  if (!claims) return failure(401, 'A valid session token is required');
  const ticket = await issueTicket(claims, nowSeconds);
  return json(200, { ticket, expiresInSeconds: TICKET_SECONDS } satisfies TicketResponse);
};
