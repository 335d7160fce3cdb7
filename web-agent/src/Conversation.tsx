/**
 * The open chat: who the customer is, its messages, whether they are typing, the composer, End
 * chat while it is active, and Create request. While in view it reports how far it has been read.
 */
import { useEffect, useState } from 'preact/hooks';
import { nanoid } from 'nanoid';
import type { BrowserClient } from '../../functions/protocol/browser-client';
import type { ReadReporter } from '../../functions/protocol/browser/read-reporter';
import { createTypingThrottle } from '../../functions/protocol/browser/typing';
import type { ChatView } from '../../functions/protocol/server-frames';
import { useTyping } from './use-typing';
import { MessageList } from './MessageList';
import { Composer } from './Composer';
import { TransferStatus } from './TransferStatus';
import { ListeningNote } from './ListeningNote';
import { CustomerFeedback } from './CustomerFeedback';
import type { ChatStanding } from './transfer-state';
import { t } from './strings';

interface Props {
  client: BrowserClient;
  chat: ChatView;
  online: boolean;
  reporter: ReadReporter;
  /** The agent can see this chat (tab shown, window focused). */
  reading: boolean;
  /** Opens "Create request"; absent when this agent may not make requests from the chat. */
  onCreateRequest?(): void;
  /** Where the chat stands for this agent: its own, in a transfer, or only listened to. */
  standing: ChatStanding;
  /** Opens "Transfer chat"; absent when the chat cannot be transferred by this agent now. */
  onTransfer?(): void;
  /** Takes the chat over at once (managers, on a chat of another agent). */
  onTakeOver?(): void;
  /** Closes a chat this agent only listens to, on this console. */
  onClose(): void;
}

export function Conversation({ client, chat, online, reporter, reading, onCreateRequest, standing, onTransfer, onTakeOver, onClose }: Props) {
  const { chatId } = chat;
  const [throttle] = useState(() => createTypingThrottle());
  const typist = useTyping(client, chatId);
  const held = client.cursor(chatId);

  useEffect(() => {
    if (reading && held > 0) reporter.seen(chatId, held, chat.read?.agent);
  }, [reading, held, chatId]);

  const send = (text: string) => {
    throttle.reset();
    client.send({ action: 'message.send', chatId, clientMessageId: nanoid(), text });
  };
  const typed = () => {
    if (chat.status === 'active' && throttle.typed()) client.send({ action: 'typing', chatId });
  };

  return (
    <section class="conversation" aria-label={t.conversation.with(chat.customer.name)}>
      <header class="conversation-header">
        <div>
          <h2>{chat.customer.name}</h2>
          <span class="muted">{chat.customer.email}</span>
        </div>
        <span class={`badge status-${chat.status}`}>{t.chatStatus[chat.status]}</span>
        {onCreateRequest && (
          <button type="button" disabled={!online} onClick={onCreateRequest}>
            {t.request.open}
          </button>
        )}
        {onTransfer && (
          <button type="button" disabled={!online} onClick={onTransfer}>
            {t.transfer.open}
          </button>
        )}
        {onTakeOver && (
          <button type="button" disabled={!online} onClick={onTakeOver}>
            {t.transfer.takeOver}
          </button>
        )}
        {chat.status === 'active' && (standing === 'owner' || standing === 'sending') && (
          <button type="button" class="danger" disabled={!online} onClick={() => client.send({ action: 'chat.end', chatId })}>
            {t.conversation.endChat}
          </button>
        )}
      </header>
      <MessageList messages={client.messages(chatId)} pending={client.pending(chatId)} />
      <p class="typing" aria-live="polite">
        {typist && chat.status !== 'ended' ? t.conversation.typing(typist) : ''}
      </p>
      <TransferStatus client={client} chat={chat} standing={standing} online={online} />
      {chat.feedback && <CustomerFeedback feedback={chat.feedback} />}
      {standing === 'closed' ? (
        <p class="ended">{t.conversation.ended}</p>
      ) : standing === 'listening' ? (
        <ListeningNote owner={chat.agent?.name ?? ''} onClose={onClose} />
      ) : standing === 'receiving' ? null : (
        <Composer onSend={send} onTyping={typed} />
      )}
    </section>
  );
}
