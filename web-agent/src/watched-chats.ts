/**
 * The chats a console watches without answering them (listened in on, or handed over and still
 * followed), kept for this tab only: a reload follows them again, since the server's sync returns
 * only the agent's own chats. Storage that is full or switched off keeps nothing, and costs only that.
 */
import type { ChatView } from '../../functions/protocol/server-frames';

const keyOf = (agentId: string) => `parley.watched.${agentId}`;

/** The ongoing chats held that another agent answers, an offer to `agentId` not counted. */
export function watchedChats(chats: ChatView[], agentId: string, closed: ReadonlySet<string>): string[] {
  return chats
    .filter((chat) => chat.status === 'active' && chat.agent && chat.agent.id !== agentId && chat.transfer?.to.id !== agentId && !closed.has(chat.chatId))
    .map((chat) => chat.chatId);
}

export const watchedStore = {
  load(agentId: string): string[] {
    try {
      const ids: unknown = JSON.parse(sessionStorage.getItem(keyOf(agentId)) ?? '[]');
      return Array.isArray(ids) ? ids.filter((id): id is string => typeof id === 'string') : [];
    } catch {
      return [];
    }
  },
  save(agentId: string, chatIds: string[]): void {
    try {
      if (chatIds.length) sessionStorage.setItem(keyOf(agentId), JSON.stringify(chatIds));
      else sessionStorage.removeItem(keyOf(agentId));
    } catch {
      // Nothing kept: after a reload these chats are opened again from the Dashboard.
    }
  },
};
