/** What the chat list shows of each chat, worked out from what the browser client holds. */
import type { ChatView, MessageView } from '../../functions/protocol/server-frames';

/** Ended chats stay in "Recent chat sessions" this long, as the server's sync does. */
export const RECENT_MS = 8 * 3600 * 1000;

/** What the customer wrote or sent (text or a file), not an event line. */
export const fromCustomer = (message: MessageView): boolean => message.kind !== 'event' && message.author.role === 'customer';

/** Customer messages after the agents' read marker. */
export function unreadCount(messages: MessageView[], readSeq: number): number {
  return messages.filter((m) => fromCustomer(m) && m.seq > readSeq).length;
}

/** The newest message (text or a file), events skipped: who wrote last and what. */
export function lastMessage(messages: MessageView[]): MessageView | undefined {
  for (let i = messages.length - 1; i >= 0; i--) if (messages[i].kind !== 'event') return messages[i];
  return undefined;
}

/** The Chats tab's number: active chats this agent answers. */
export function handlingCount(chats: ChatView[], agentId: string): number {
  return chats.filter((chat) => chat.status === 'active' && chat.agent?.id === agentId).length;
}

/** Ongoing chats, and those ended within RECENT_MS; each newest first. */
export function chatSections(chats: ChatView[], now: number): { ongoing: ChatView[]; recent: ChatView[] } {
  const newestFirst = [...chats].sort((a, b) => b.createdAt - a.createdAt);
  return {
    ongoing: newestFirst.filter((chat) => chat.status !== 'ended'),
    recent: newestFirst.filter((chat) => chat.status === 'ended' && now - (chat.endedAt ?? chat.createdAt) <= RECENT_MS),
  };
}
