/** The widget's panel: header with End chat and Minimise, then the pre-chat form or the chat. */
import { useEffect, useState } from 'preact/hooks';
import { nanoid } from 'nanoid';
import type { PanelOptions } from '../panel-contract';
import { storedChat, storeChat } from '../storage';
import { useVisitorClient } from './use-visitor-client';
import { PreChatForm, type PreChatFields } from './PreChatForm';
import { ChatPane } from './ChatPane';

export function Panel({ base, channel, onMinimise }: PanelOptions) {
  const { client, failed, synced, lastError, clearError } = useVisitorClient(base, channel);
  const [chatId, setChatId] = useState(storedChat(channel));
  // What this panel sent to start `chatId`; undefined for a chat resumed after a reload.
  const [started, setStarted] = useState<PreChatFields & { chatId: string }>();
  const chat = chatId ? client?.chat(chatId) : undefined;

  const choose = (id: string | null) => {
    storeChat(channel, id);
    setChatId(id);
  };
  const refused = !!chatId && !chat && lastError?.ref === chatId;
  const gone = !!chatId && !chat && synced && started?.chatId !== chatId;
  useEffect(() => {
    if (refused || gone) choose(null);
  }, [refused, gone]);

  // After an ended chat, the next open starts afresh (and a reload no longer reopens the panel).
  function letGo() {
    if (chatId) client?.forget(chatId);
    setStarted((last) => last && { ...last, question: '' });
    choose(null);
  }

  function start(fields: PreChatFields) {
    const id = nanoid();
    setStarted({ ...fields, chatId: id });
    choose(id);
    client!.send({ action: 'chat.start', chatId: id, channel, ...fields });
  }

  let body;
  if (failed) body = <p class="center" role="alert">Chat is not available right now. Please try again later.</p>;
  else if (!client) body = <p class="center">Connecting…</p>;
  else if (!chatId) body = <PreChatForm initial={started} error={lastError?.ref === started?.chatId ? lastError?.message : undefined} onStart={start} />;
  else if (!chat && started?.chatId !== chatId) body = <p class="center">Loading your chat…</p>;
  else {
    const error = chat ? lastError?.message : undefined;
    body = <ChatPane client={client} chatId={chatId} question={started?.question} error={error} onSent={clearError} onNewChat={letGo} />;
  }

  return (
    <section class="frame" aria-label="Chat with us">
      <header class="head">
        <h2>Chat with us</h2>
        {client && chat && chat.status !== 'ended' && (
          <button type="button" class="head-button" disabled={client.state !== 'online'} onClick={() => client.send({ action: 'chat.end', chatId: chat.chatId })}>
            End chat
          </button>
        )}
        <button
          type="button"
          class="head-button"
          aria-label="Minimise chat"
          onClick={() => {
            if (chat?.status === 'ended') letGo();
            onMinimise();
          }}
        >
          –
        </button>
      </header>
      {client && client.state !== 'online' && (
        <p class="banner" role="status">
          {client.state === 'connecting' ? 'Connecting…' : 'Reconnecting…'}
        </p>
      )}
      {body}
    </section>
  );
}
