/** The customer's chat: where it stands, the messages, and the composer or, once ended, a way to start anew. */
import { nanoid } from 'nanoid';
import type { BrowserClient } from '../../../functions/protocol/browser-client';
import { Messages } from './Messages';
import { Composer } from './Composer';

interface Props {
  client: BrowserClient;
  chatId: string;
  /** The question just sent, shown until the server's copy arrives. */
  question?: string;
  /** The server's last refusal, shown until the next send. */
  error?: string;
  onSent(): void;
  onNewChat(): void;
}

export function ChatPane({ client, chatId, question, error, onSent, onNewChat }: Props) {
  const chat = client.chat(chatId);
  const messages = client.messages(chatId);
  const unsent = !chat && question ? [{ clientMessageId: 'question', text: question }] : [];
  const send = (text: string) => {
    onSent();
    client.send({ action: 'message.send', chatId, clientMessageId: nanoid(), text });
  };

  return (
    <>
      {chat?.status === 'active' ? (
        <p class="status">You are chatting with {chat.agent?.name ?? 'an agent'}.</p>
      ) : chat?.status !== 'ended' ? (
        <p class="status" role="status">Waiting for an agent…</p>
      ) : null}
      <Messages messages={messages} pending={[...unsent, ...client.pending(chatId)]} />
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      {chat?.status === 'ended' ? (
        <div class="ended">
          <p role="status">This chat has ended</p>
          <button type="button" class="primary" onClick={onNewChat}>
            Start a new chat
          </button>
        </div>
      ) : (
        <Composer disabled={!chat} onSend={send} />
      )}
    </>
  );
}
