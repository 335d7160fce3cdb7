/**
 * Abuse limits, enforced here whatever the client does: how fast one connection may send frames that
 * write, how fast each side of a chat may post messages, how often one address may connect or try to
 * log in, and the lockout after failed logins.
 */
import { config } from '../config';
import type { Role } from '../protocol';
import {
  addLoginFailure, clearLoginFailures, countHit, getLoginFailures, lockLogin, sideBucketAttribute, spendFrameToken, tokenSpendFor,
  type ChatItem, type TokenSpend,
} from '../store';
import type { Caller } from './caller';
import { RefusedError } from './errors';

/**
 * Frames that store something; the others are reads or relays that API Gateway's own throttling covers.
 * Messages (text, files, documents) are charged to their chat side's bucket instead (below).
 */
export const RATE_LIMITED_ACTIONS: ReadonlySet<string> = new Set(['chat.start', 'request.create', 'chat.feedback', 'chat.reopen', 'chat.link']);

/** GCRA: one token every `intervalMs`, room for `burst`. */
const bucket = { intervalMs: Math.ceil(1000 / config.limits.framesPerSecond), burst: config.limits.frameBurst };

export const tooFast = () => new RefusedError('rate-limited', 'You are sending too fast; wait a few seconds and try again');

/** Who sent a frame, charged one token of the connection's bucket (one write that also reads the connection). */
export async function identifyWithinRate(connectionId: string, nowMs: number): Promise<Caller> {
  const spent = await spendFrameToken(connectionId, nowMs, bucket);
  if (!spent.ok && spent.reason === 'unknown') throw new RefusedError('forbidden', 'This connection is not signed in; reconnect with a new ticket');
  if (!spent.ok) throw tooFast();
  const { role, subject, name, origin } = spent.connection;
  return { connectionId, role, subject, name, ...(origin && { origin }) };
}

/**
 * Each side of a chat (its customer, its agent) has a bucket of the same figures on the chat item,
 * charged by the write that allocates the message's seq: the first try assumes a full bucket (see
 * TokenSpend), which any human pace keeps it, so only a burst needs the chat read and a second try.
 * The two tries together are exact GCRA: in any window of T ms (by the handlers' clock) a side gets at most
 * `burst + floor(T / intervalMs)` messages stored (at the defaults 30 + floor(T / 334 ms): 32 in a
 * second, 209 in a minute), and a side never sending two less than `intervalMs` apart is never held back.
 */
export const MESSAGE_BUCKET = bucket;
export const FIRST_MESSAGE_SPEND: TokenSpend = 'restart';

/** How `side` takes a token of the chat's bucket now that the first try was refused; `empty` when it has none left. */
export function messageSpendFor(chat: ChatItem, side: Role, nowMs: number): TokenSpend | 'empty' {
  return tokenSpendFor(chat[sideBucketAttribute(side)], nowMs, bucket);
}

export type Door = 'connect' | 'login' | 'faq';
const PER_MINUTE: Record<Door, () => number> = {
  connect: () => config.limits.connectsPerMinute,
  login: () => config.limits.loginsPerMinute,
  faq: () => config.limits.faqPerMinute,
};

/** Whether `sourceIp` may knock on `door` once more this minute. */
export async function allowFromAddress(door: Door, sourceIp: string | undefined, nowMs: number): Promise<boolean> {
  const minute = Math.floor(nowMs / 60_000);
  return countHit(door, sourceIp || 'unknown', minute, PER_MINUTE[door](), (minute + 2) * 60);
}

/**
 * An email address locks for one source address after `failedLogins` failures from there, so a
 * stranger guessing cannot lock the agent out of their own network; and for everyone after ten
 * times as many from anywhere, so guessing spread over many addresses stops too.
 */
const ANYWHERE_FACTOR = 10;

/** Seconds until the email address may try again from `source`, or 0 when it is not locked. */
export async function lockedForSeconds(email: string, source: string, nowSeconds: number): Promise<number> {
  const records = await Promise.all([getLoginFailures({ email, source }), getLoginFailures({ email })]);
  return Math.max(0, ...records.map((record) => (record?.lockedUntil ?? 0) - nowSeconds));
}

/** Records a failed login; the one that reaches a limit locks the address, from that source or for everyone. */
export async function loginFailed(email: string, source: string, nowSeconds: number): Promise<void> {
  const lockout = config.limits.lockoutMinutes * 60;
  const [fromSource, fromAnywhere] = await Promise.all([addLoginFailure({ email, source }, nowSeconds, lockout), addLoginFailure({ email }, nowSeconds, lockout)]);
  if (fromSource >= config.limits.failedLogins) await lockLogin({ email, source }, nowSeconds + lockout);
  if (fromAnywhere >= config.limits.failedLogins * ANYWHERE_FACTOR) await lockLogin({ email }, nowSeconds + lockout);
}

/** A login that worked, or a password set anew by an admin or an invite: every count and lockout of the address ends. */
export const loginFailuresCleared = (email: string) => clearLoginFailures(email);
