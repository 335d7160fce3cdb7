/**
 * Which chat the panel shows, shared by the site's tabs through localStorage: a chat started in one
 * tab is followed by the others (the `storage` event fires in every tab but the one that wrote).
 * A new chat is stored only once the server has it, so no other tab asks for a chat not yet created;
 * until then this tab finds it again after a reload in its unconfirmed `chat.start` (persisted-outbox.ts).
 * A chat the server no longer returns is dropped; it is also unstored, but only by a tab holding
 * the stored visitor, so a tab with a stale identity cannot take another tab's chat away.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { ChatStartFrame } from '../../../functions/protocol/client-frames';
import type { VisitorSession } from './use-visitor-client';
import { chatKey, storedChat, storeChat, storedOutbox, storedVisitor } from '../storage';

const unconfirmedStart = (channel: string) => storedOutbox<ChatStartFrame>(channel).find((frame) => frame?.action === 'chat.start')?.chatId ?? null;

export interface ChatChoice {
  chatId: string | null;
  /** Shows a chat this tab is starting; it is stored once the server confirms it. */
  begin(chatId: string): void;
  /** Lets the chat go, in every tab: the next open starts afresh. */
  letGo(): void;
}

export function useChatChoice(channel: string, { client, token, missing }: VisitorSession): ChatChoice {
  const [chatId, setChatId] = useState(() => storedChat(channel) ?? unconfirmedStart(channel));
  const current = useRef(chatId);
  current.current = chatId;
  const chat = chatId ? client?.chat(chatId) : undefined;

  useEffect(() => {
    if (chat && chat.status !== 'ended' && storedChat(channel) !== chat.chatId) storeChat(channel, chat.chatId);
  }, [chat?.chatId, chat?.status]);

  useEffect(() => {
    const changed = (event: StorageEvent) => {
      // The same key in sessionStorage is a tab's unconfirmed frames (storage.ts), which a same-origin frame of the tab may hear of.
      if (event.key !== chatKey(channel) || event.storageArea !== localStorage) return;
      if (event.newValue) {
        client?.follow(event.newValue);
        setChatId(event.newValue);
      } else if (client?.chat(current.current ?? '')?.status !== 'ended') {
        // An ended chat stays on screen until this tab's customer lets it go.
        setChatId(null);
      }
    };
    addEventListener('storage', changed);
    return () => removeEventListener('storage', changed);
  }, [channel, client]);

  const gone = !!chatId && missing.includes(chatId);
  useEffect(() => {
    if (!gone) return;
    setChatId(null);
    if (storedChat(channel) === chatId && storedVisitor(channel)?.token === token) storeChat(channel, null);
  }, [gone, chatId]);

  return {
    chatId,
    begin: setChatId,
    letGo() {
      storeChat(channel, null);
      setChatId(null);
    },
  };
}
