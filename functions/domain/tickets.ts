/**
 * Short-lived single-use tickets: how a browser authenticates a WebSocket without a token in the URL.
 * Issuing one signs it and writes nothing; redeeming it at `$connect` checks the signature and the
 * expiry, then marks its id spent in one conditional write, so each ticket admits one connection.
 */
import { spendTicket } from '../store';
import { newTicketId, openTicket, signTicket, ticketKey } from './ticket-format';
import { tokenSigningKey, type TokenClaims } from './tokens';

export const TICKET_SECONDS = 30;

export async function issueTicket(claims: TokenClaims, nowSeconds: number): Promise<string> {
  return signTicket({ ...claims, id: newTicketId(), expiresAt: nowSeconds + TICKET_SECONDS }, ticketKey(await tokenSigningKey()));
}

/** The ticket's claims if it is genuine, unexpired and not used before; a refused ticket changes nothing. */
export async function redeemTicket(ticket: string, nowSeconds: number): Promise<TokenClaims | undefined> {
  const claims = openTicket(ticket, ticketKey(await tokenSigningKey()));
  if (!claims || claims.expiresAt <= nowSeconds) return undefined;
  if (!(await spendTicket(claims.id, claims.expiresAt))) return undefined;
  const { role, subject, name, version } = claims;
  return { role, subject, name, ...(version ? { version } : {}) };
}
