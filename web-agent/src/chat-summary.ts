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

/** Transfers offered to this agent and waiting for their answer. */
export function offersTo(chats: ChatView[], agentId: string): ChatView[] {
  return chats.filter((chat) => chat.status === 'active' && chat.transfer?.to.id === agentId);
}

/** The Chats tab's number: active chats this agent answers. */
export function handlingCount(chats: ChatView[], agentId: string): number {
  return chats.filter((chat) => chat.status === 'active' && chat.agent?.id === agentId).length;
}

/**
 * Ongoing chats, newest started first, and those `agentId` answered that ended within RECENT_MS,
 * the last to end first (a chat started long ago may have ended a moment ago).
 * A chat handed over, or only listened to, leaves the list when it ends, as after a reload (the
 * server's sync returns only the agent's own), unless it is the one open (`open`) right now.
 */
export function chatSections(chats: ChatView[], now: number, agentId: string, open?: string): { ongoing: ChatView[]; recent: ChatView[] } {
  const newestFirst = [...chats].sort((a, b) => b.createdAt - a.createdAt);
  const mine = (chat: ChatView) => chat.agent?.id === agentId || chat.chatId === open;
  const endedAt = (chat: ChatView) => chat.endedAt ?? chat.createdAt;
  return {
    ongoing: newestFirst.filter((chat) => chat.status !== 'ended'),
    recent: newestFirst
      .filter((chat) => chat.status === 'ended' && mine(chat) && now - endedAt(chat) <= RECENT_MS)
      .sort((a, b) => endedAt(b) - endedAt(a)),
  };
}
