/**
 * What the widget keeps in the site's storage, per channel. localStorage (shared by the site's
 * tabs, kept across reloads): the visitor identity until its token expires, and the chat in
 * progress. sessionStorage (this tab only): whether the panel was open, and what was sent and not
 * yet confirmed. Storage can be blocked (some private modes); the chat then works but is not resumed.
 */
import type { VisitorResponse } from '../../functions/protocol/http';
import { isFresh } from './token-expiry';

export const chatKey = (channel: string) => `parley.chat.${channel}`;
export const visitorKey = (channel: string) => `parley.visitor.${channel}`;
const openKey = (channel: string) => `parley.open.${channel}`;
// This tab's unconfirmed frames are kept under the chat's key in sessionStorage: the loader asks both areas one way.
const outboxKey = chatKey;

// The storage getters themselves throw where storage is blocked, so they are read inside the try.
const area = (tab?: boolean) => (tab ? sessionStorage : localStorage);

function read(key: string, tab?: boolean): string | null {
  try {
    return area(tab).getItem(key);
  } catch {
    return null;
  }
}

function write(key: string, value: string | null, tab?: boolean): void {
  try {
    if (value === null) area(tab).removeItem(key);
    else area(tab).setItem(key, value);
  } catch {
    // Blocked or full: the chat goes on, it just will not survive a reload.
  }
}

/** The chat in progress; with `tab`, whether this tab holds frames not yet confirmed (a chat started offline among them). */
export const storedChat = (channel: string, tab?: boolean): string | null => read(chatKey(channel), tab);
export const storeChat = (channel: string, chatId: string | null): void => write(chatKey(channel), chatId);

export const wasOpen = (channel: string): boolean => read(openKey(channel), true) === '1';
export const rememberOpen = (channel: string, open: boolean): void => write(openKey(channel), open ? '1' : null, true);

/** The stored visitor, unless its token has expired (then it is forgotten, and so is its chat). */
export function storedVisitor(channel: string, nowMs = Date.now()): VisitorResponse | undefined {
  let visitor: VisitorResponse | null = null;
  try {
    // JSON.parse(null) is null: nothing stored.
    visitor = JSON.parse(read(visitorKey(channel))!);
  } catch {
    // Not JSON: forgotten below like an expired one.
  }
  // isFresh refuses a token that is not a string (what it cannot read, it does not trust).
  if (visitor && isFresh(visitor.token, nowMs)) return visitor;
  if (visitor) forgetVisitor(channel);
  return undefined;
}

/** Keeps the identity only: a new visitor's ticket and availability answer are for the moment it was made. */
export const storeVisitor = (channel: string, visitor: VisitorResponse): void => write(visitorKey(channel), JSON.stringify(visitor, ['token', 'visitorId']));

/** A visitor the server refused or that expired; its chat was its own, so that goes too. */
export function forgetVisitor(channel: string): void {
  write(visitorKey(channel), null);
  write(chatKey(channel), null);
}

export function storedOutbox<T>(channel: string): T[] {
  try {
    // JSON.parse(null) is null when nothing is stored: not an array either.
    const frames = JSON.parse(read(outboxKey(channel), true)!);
    return Array.isArray(frames) ? frames : [];
  } catch {
    return [];
  }
}

export const storeOutbox = (channel: string, frames: unknown[]): void => write(outboxKey(channel), frames.length ? JSON.stringify(frames) : null, true);
