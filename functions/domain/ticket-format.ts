/**
 * A WebSocket ticket's wire form: `<claims>~<mac>`, both base64url, with no dot, so a ticket never
 * passes for a JWT. The claims say who the ticket admits, until when, and carry a random id (what
 * makes it single-use, see tickets.ts); the mac is HMAC-SHA256 over the claims part, so checking a
 * ticket needs no stored copy. It travels in the `$connect` query string, which ends up in logs:
 * it holds no credential that outlives its 30 s.
 */
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import * as v from 'valibot';
import type { TokenClaims } from './tokens';

export interface TicketClaims extends TokenClaims {
  /** Random, unique per ticket. */
  id: string;
  /** Epoch seconds. */
  expiresAt: number;
}

const Claims = v.object({
  role: v.picklist(['agent', 'customer']),
  sub: v.string(),
  name: v.string(),
  ver: v.optional(v.number()),
  exp: v.number(),
  id: v.pipe(v.string(), v.regex(/^[A-Za-z0-9_-]{22}$/)),
});

// A 32-byte mac in base64url; anything much longer than real claims is not worth hashing.
const TICKET_SHAPE = /^([A-Za-z0-9_-]{1,1000})~([A-Za-z0-9_-]{43})$/;

/**
 * Tickets are signed with a key of their own, derived from the token signing key under a label, so
 * no session token's signature can ever pass for a ticket's, nor the reverse.
 */
export const ticketKey = (tokenKey: Uint8Array): Buffer => createHmac('sha256', tokenKey).update('parley websocket ticket v1').digest();

export const newTicketId = (): string => randomBytes(16).toString('base64url');

const mac = (body: string, key: Uint8Array) => createHmac('sha256', key).update(body).digest('base64url');

export function signTicket(claims: TicketClaims, key: Uint8Array): string {
  const { role, subject, name, version, expiresAt, id } = claims;
  const body = Buffer.from(JSON.stringify({ role, sub: subject, name, ...(version ? { ver: version } : {}), exp: expiresAt, id })).toString('base64url');
  return `${body}~${mac(body, key)}`;
}

/** The claims of a ticket signed with `key`; undefined for a forged, altered or malformed one. Expiry is the caller's to check. */
export function openTicket(ticket: string, key: Uint8Array): TicketClaims | undefined {
  const match = TICKET_SHAPE.exec(ticket);
  if (!match || !timingSafeEqual(Buffer.from(mac(match[1], key)), Buffer.from(match[2]))) return undefined;
  let json: unknown;
  try {
    json = JSON.parse(Buffer.from(match[1], 'base64url').toString('utf8'));
  } catch {
    return undefined;
  }
  const parsed = v.safeParse(Claims, json);
  if (!parsed.success) return undefined;
  const { role, sub, name, ver, exp, id } = parsed.output;
  return { role, subject: sub, name, ...(ver ? { version: ver } : {}), expiresAt: exp, id };
}
