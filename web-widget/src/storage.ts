/**
 * What the widget keeps in the site's localStorage: the visitor identity and the chat in progress,
 * so a reload resumes it. Storage can be blocked (some private modes); then nothing is resumed.
 */
import type { VisitorResponse } from '../../functions/protocol/http';

const VISITOR = 'parley.visitor';
const chatKey = (channel: string) => `parley.chat.${channel}`;

function read(key: string): string | null {
  try {
    return localStorage.getItem(key);
  } catch {
    return null;
  }
}

function write(key: string, value: string | null): void {
  try {
    if (value === null) localStorage.removeItem(key);
    else localStorage.setItem(key, value);
  } catch {
    // Blocked storage: the chat still works, it just will not survive a reload.
  }
}

export const storedChat = (channel: string): string | null => read(chatKey(channel));
export const storeChat = (channel: string, chatId: string | null): void => write(chatKey(channel), chatId);

export function storedVisitor(): VisitorResponse | undefined {
  try {
    return JSON.parse(read(VISITOR) ?? 'null') ?? undefined;
  } catch {
    return undefined;
  }
}

export const storeVisitor = (visitor: VisitorResponse | null): void => write(VISITOR, visitor && JSON.stringify(visitor));
