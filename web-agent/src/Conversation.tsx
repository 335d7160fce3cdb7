/** The open chat: who the customer is, its messages, the composer, and End chat while it is active. */
import { nanoid } from 'nanoid';
import type { BrowserClient } from '../../functions/protocol/browser-client';
import type { ChatView } from '../../functions/protocol/server-frames';
import { MessageList } from './MessageList';
import { Composer } from './Composer';
import { statusLabel } from './status-label';

interface Props {
  client: BrowserClient;
  chat: ChatView;
  online: boolean;
}

export function Conversation({ client, chat, online }: Props) {
  const { chatId } = chat;
  const send = (text: string) => client.send({ action: 'message.send', chatId, clientMessageId: nanoid(), text });

  return (
    <section class="conversation" aria-label={`Chat with ${chat.customer.name}`}>
      <header class="conversation-header">
        <div>
          <h2>{chat.customer.name}</h2>
          <span class="muted">{chat.customer.email}</span>
        </div>
        <span class={`badge status-${chat.status}`}>{statusLabel[chat.status]}</span>
        {chat.status === 'active' && (
          <button type="button" class="danger" disabled={!online} onClick={() => client.send({ action: 'chat.end', chatId })}>
            End chat
          </button>
        )}
      </header>
      <MessageList messages={client.messages(chatId)} pending={client.pending(chatId)} />
      {chat.status === 'ended' ? <p class="ended">This chat has ended.</p> : <Composer onSend={send} />}
    </section>
  );
}
