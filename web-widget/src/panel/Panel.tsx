/**
 * The widget's panel: header with End chat and Minimise, then the chat, or — with no chat yet —
 * the pre-chat form when an agent is Present and only the offline form when none is.
 */
import { useEffect, useState } from 'preact/hooks';
import { nanoid } from 'nanoid';
import type { PanelOptions } from '../panel-contract';
import { storedChat, storeChat } from '../storage';
import { t } from '../strings';
import { useVisitorClient } from './use-visitor-client';
import { useAvailability } from './use-availability';
import { PreChatForm, type PreChatFields } from './PreChatForm';
import { OfflineForm } from './OfflineForm';
import { ChatPane } from './ChatPane';

export function Panel({ base, channel, onMinimise }: PanelOptions) {
  const session = useVisitorClient(base, channel);
  const { client, failed, synced, lastError, clearError } = session;
  const [chatId, setChatId] = useState(storedChat(channel));
  // What this panel sent to start `chatId`; undefined for a chat resumed after a reload.
  const [started, setStarted] = useState<PreChatFields & { chatId: string }>();
  const chat = chatId ? client?.chat(chatId) : undefined;
  const online = useAvailability(session.config, channel, !chatId);

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
  if (failed) body = <p class="center" role="alert">{t.unavailable}</p>;
  else if (!client) body = <p class="center">{t.connecting}</p>;
  else if (!chatId && online === undefined) body = <p class="center">{t.connecting}</p>;
  else if (!chatId && !online) body = <OfflineForm config={session.config!} token={session.token!} channel={channel} />;
  else if (!chatId) body = <PreChatForm initial={started} error={lastError?.ref === started?.chatId ? lastError?.message : undefined} onStart={start} />;
  else if (!chat && started?.chatId !== chatId) body = <p class="center">{t.loadingChat}</p>;
  else {
    const error = chat ? lastError?.message : undefined;
    body = <ChatPane client={client} chatId={chatId} question={started?.question} error={error} position={session.position} onSent={clearError} onNewChat={letGo} />;
  }

  return (
    <section class="frame" aria-label={t.title}>
      <header class="head">
        <h2>{t.title}</h2>
        {client && chat && chat.status !== 'ended' && (
          <button type="button" class="head-button" disabled={client.state !== 'online'} onClick={() => client.send({ action: 'chat.end', chatId: chat.chatId })}>
            {t.endChat}
          </button>
        )}
        <button
          type="button"
          class="head-button"
          aria-label={t.minimise}
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
          {client.state === 'connecting' ? t.connecting : t.reconnecting}
        </p>
      )}
      {body}
    </section>
  );
}
