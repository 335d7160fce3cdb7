/**
 * Tells news from history. Whatever a chat held when this page first followed it is history; every
 * message after that is news — also when it comes in the sync after a reconnect, as the customer
 * has not seen it — and so is a chat that ends while the page watches.
 */
import type { ChatStatus, MessageView, ServerFrame } from '../../../functions/protocol/server-frames';

export type News = { kind: 'message'; message: MessageView } | { kind: 'ended'; chatId: string };

export interface NewsFeed {
  /** Feed every frame the client passes on (it drops messages already held); returns what is new. */
  seen(frame: ServerFrame): News | undefined;
}

export function createNewsFeed(): NewsFeed {
  const historyUpTo = new Map<string, number>();
  const status = new Map<string, ChatStatus>();
  return {
    seen(frame) {
      if (frame.type === 'chat') {
        const { chatId, lastSeq } = frame.chat;
        const before = status.get(chatId);
        status.set(chatId, frame.chat.status);
        if (!historyUpTo.has(chatId)) historyUpTo.set(chatId, lastSeq);
        else if (frame.chat.status === 'ended' && before !== 'ended') return { kind: 'ended', chatId };
        return undefined;
      }
      if (frame.type !== 'message') return undefined;
      const upTo = historyUpTo.get(frame.message.chatId);
      return upTo !== undefined && frame.message.seq > upTo ? { kind: 'message', message: frame.message } : undefined;
    },
  };
}
