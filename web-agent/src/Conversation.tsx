/**
 * The open chat: who the customer is, its messages, whether they are typing, the composer, End
 * chat while it is active, and Create request. While in view it reports how far it has been read; its
 * typing carries a read report still held.
 */
import { useEffect, useState } from 'preact/hooks';
import { nanoid } from 'nanoid';
import type { BrowserClient } from '../../functions/protocol/browser-client';
import { createTypingThrottle } from '../../functions/protocol/browser/typing';
import type { ChatView } from '../../functions/protocol/server-frames';
import { useTyping } from './use-typing';
import type { ReadWithTyping } from './read-with-typing';
import { MessageList } from './MessageList';
import { Composer } from './Composer';
import { UnsentDraft } from './UnsentDraft';
import { TransferStatus } from './TransferStatus';
import { ListeningNote } from './ListeningNote';
import { CustomerFeedback } from './CustomerFeedback';
import type { ChatStanding } from './transfer-state';
import { customerName, t } from './strings';
import { useFileTransfers } from './use-file-transfers';
import { useFileDrop } from './use-file-drop';
import { Uploads } from './Uploads';
import { DocumentsDialog } from './DocumentsDialog';
import { useCustomerLeft } from './use-customer-left';
import { formatTime } from './format';
import { CUSTOMER_LEFT_ENDS_CHAT_MINUTES } from '../../functions/protocol/constants';
import type { Api } from './contacts-api';
import { chatReference } from '../../functions/protocol/chat-reference';
import { EndChatDialog } from './EndChatDialog';

interface Props {
  client: BrowserClient;
  chat: ChatView;
  online: boolean;
  /** Reports how far chats are read; the reply's `typing` carries a report still held. */
  reporter: ReadWithTyping;
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
  /** For Insert and `/`: the API and the answering agent's name. */
  replies: { api: Api; agentName: string };
  /** The document library's API; admins may also add to it. */
  library?: Api & { admin: boolean };
}

export function Conversation({ client, chat, online, reporter, reading, onCreateRequest, standing, onTransfer, onTakeOver, onClose, replies, library }: Props) {
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
    if (chat.status === 'active' && throttle.typed()) reporter.typing(chatId);
  };
  const files = useFileTransfers(client);
  const canSend = chat.status === 'active' && (standing === 'owner' || standing === 'sending');
  const sendFiles = (chosen: File[]) => chosen.forEach((file) => void files.send(chatId, file));
  const drop = useFileDrop((dropped) => canSend && sendFiles(dropped));
  const [picking, setPicking] = useState(false);
  const [ending, setEnding] = useState(false);
  // The question goes with a chat that ended meanwhile or left this agent: a reopened chat must not ask it again.
  useEffect(() => {
    if (!canSend) setEnding(false);
  }, [canSend]);
  const end = () => {
    setEnding(false);
    reporter.settle(chatId);
    client.send({ action: 'chat.end', chatId });
  };
  const leftAt = useCustomerLeft(chat);

  return (
    <section class={`conversation${drop.over && canSend ? ' drop-target' : ''}`} aria-label={t.conversation.with(customerName(chat.customer.name))} {...drop.handlers}>
      <header class="conversation-header">
        <div>
          <h2>{customerName(chat.customer.name)}</h2>
          <span class="muted">{chat.customer.email}</span>
          {chat.customerPhone && <span class="muted"> {chat.customerPhone}</span>}
          <span class="muted"> · </span>
          <span class="muted chat-reference">{t.conversation.reference(chatReference(chat.chatId))}</span>
        </div>
        <span class={`badge status-${chat.status}`}>{t.chatStatus[chat.status]}</span>
        <div class="conversation-actions">
          {onCreateRequest && (
            <button type="button" disabled={!online} onClick={onCreateRequest}>
              {t.request.open}
            </button>
          )}
          {library && canSend && (
            <button type="button" disabled={!online} onClick={() => setPicking(true)}>
              {t.files.documents}
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
          {canSend && (
            <button type="button" class="danger" disabled={!online} onClick={() => setEnding(true)}>
              {t.conversation.endChat}
            </button>
          )}
        </div>
      </header>
      <MessageList messages={client.messages(chatId)} pending={client.pending(chatId)} refused={client.refused(chatId)} link={(seq) => files.link(chatId, seq)} />
      <Uploads uploads={files.uploads(chatId)} onDismiss={files.dismiss} />
      {ending && canSend && online && <EndChatDialog customerName={customerName(chat.customer.name)} onEnd={end} onKeep={() => setEnding(false)} />}
      {picking && library && <DocumentsDialog client={client} api={library} chatId={chatId} admin={library.admin} onClose={() => setPicking(false)} />}
      <p class="typing" aria-live="polite">
        {typist !== undefined && chat.status !== 'ended' ? t.conversation.typing(customerName(typist)) : ''}
      </p>
      {leftAt !== undefined && <p class="customer-left" role="status">{t.conversation.customerLeft(customerName(chat.customer.name), formatTime(leftAt), formatTime(leftAt + CUSTOMER_LEFT_ENDS_CHAT_MINUTES * 60_000))}</p>}
      <TransferStatus client={client} chat={chat} standing={standing} online={online} />
      {chat.earlierFeedback && <CustomerFeedback feedback={chat.earlierFeedback} earlier />}
      {chat.feedback && <CustomerFeedback feedback={chat.feedback} />}
      {(standing === 'closed' || standing === 'listening') && <UnsentDraft key={chatId} chatId={chatId} />}
      {standing === 'closed' ? (
        <p class="ended">{t.conversation.ended}</p>
      ) : standing === 'listening' ? (
        <ListeningNote owner={chat.agent?.name ?? ''} onClose={onClose} />
      ) : standing === 'receiving' ? null : (
        <Composer chatId={chatId} onSend={send} onTyping={typed} replyContext={{ ...replies, chat }} onFiles={canSend ? sendFiles : undefined} />
      )}
    </section>
  );
}
