/**
 * The chat open on the Chats tab, kept for this tab and agent: a reload (or a switch of language,
 * which reloads) opens it again, instead of whichever chat the sync happened to bring first. Storage
 * that is full or switched off keeps nothing, and the first chat still going opens as before.
 */
import type { ChatView } from '../../functions/protocol/server-frames';

const keyOf = (agentId: string) => `parley.open.${agentId}`;

export const openChatStore = {
  load(agentId: string): string | undefined {
    try {
      return sessionStorage.getItem(keyOf(agentId)) ?? undefined;
    } catch {
      return undefined;
    }
  },
  save(agentId: string, chatId: string | undefined): void {
    try {
      if (chatId) sessionStorage.setItem(keyOf(agentId), chatId);
      else sessionStorage.removeItem(keyOf(agentId));
    } catch {
      // Nothing kept: a reload opens the first chat still going.
    }
  },
};

/**
 * The chat to open once a reload's sync has brought the chats held (in the order they came): the one
 * open before, while it is still held and not ended, else the first still going; none when all ended.
 */
export function chatToReopen(chats: Pick<ChatView, 'chatId' | 'status'>[], remembered: string | undefined, closed: ReadonlySet<string> = new Set()): string | undefined {
  const going = chats.filter((chat) => chat.status !== 'ended' && !closed.has(chat.chatId));
  return (going.find((chat) => chat.chatId === remembered) ?? going[0])?.chatId;
}
