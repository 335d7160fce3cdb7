/**
 * A customer writing in one of my chats while I am not reading it is news: a beep, and a browser
 * notification when the console is out of sight (another tab or window), so no reply waits unseen.
 * What came before the console first held the chat (a reload's sync, a claim's history) is not news.
 */
import { useEffect, useRef } from 'preact/hooks';
import type { BrowserClient } from '../../functions/protocol/browser-client';
import type { ChatView, MessageView } from '../../functions/protocol/server-frames';
import { attending } from './use-attention';
import { fromCustomer } from './chat-summary';

export interface MessageNews {
  chat: ChatView;
  message: MessageView;
  /** The console is out of sight, not just on another chat or tab. */
  unseen: boolean;
}

/** `reading(chatId)`: whether the agent has that chat open on the Chats tab right now. */
export function useMessageNews(client: BrowserClient, agentId: string, reading: (chatId: string) => boolean, onNews: (news: MessageNews) => void): void {
  const latest = useRef({ reading, onNews });
  latest.current = { reading, onNews };

  useEffect(() => {
    // Per chat, the newest seq when this console first held it.
    const heldFrom = new Map<string, number>();
    return client.on('frame', (frame) => {
      if (frame.type === 'chat' && !heldFrom.has(frame.chat.chatId)) heldFrom.set(frame.chat.chatId, frame.chat.lastSeq);
      if (frame.type !== 'message' || frame.message.seq <= (heldFrom.get(frame.message.chatId) ?? Infinity)) return;
      const { message } = frame;
      const chat = client.chat(message.chatId);
      if (!fromCustomer(message) || chat?.status !== 'active' || chat.agent?.id !== agentId) return;
      const unseen = !attending();
      if (unseen || !latest.current.reading(chat.chatId)) latest.current.onNews({ chat, message, unseen });
    });
  }, [client, agentId]);
}
