/** Short-lived single-use tickets: how a browser authenticates a WebSocket without a token in the URL. */
import { randomBytes } from 'node:crypto';
import { consumeTicket, putTicket } from '../store';
import type { TokenClaims } from './tokens';

export const TICKET_SECONDS = 30;

export async function issueTicket(claims: TokenClaims, nowSeconds: number): Promise<string> {
  const ticket = randomBytes(24).toString('base64url');
  await putTicket(ticket, { ...claims, expiresAt: nowSeconds + TICKET_SECONDS });
  return ticket;
}

/** The ticket's claims if it exists and has not expired; either way it cannot be used again. */
export async function redeemTicket(ticket: string, nowSeconds: number): Promise<TokenClaims | undefined> {
  if (!/^[A-Za-z0-9_-]{32}$/.test(ticket)) return undefined;
  const item = await consumeTicket(ticket);
  if (!item || item.expiresAt <= nowSeconds) return undefined;
  return { role: item.role, subject: item.subject, name: item.name, ...(item.version ? { version: item.version } : {}) };
}
