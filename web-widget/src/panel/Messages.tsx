/** The conversation as the customer sees it: their own messages on the right, the agent's left, events centred. */
import { useEffect, useRef } from 'preact/hooks';
import type { MessageView } from '../../../functions/protocol/server-frames';

interface Props {
  messages: MessageView[];
  /** Sent and not yet confirmed. */
  pending: { clientMessageId: string; text: string }[];
}

export function Messages({ messages, pending }: Props) {
  const list = useRef<HTMLOListElement>(null);
  useEffect(() => {
    list.current?.scrollTo({ top: list.current.scrollHeight });
  }, [messages.length, pending.length]);

  return (
    <ol class="messages" aria-label="Conversation" aria-live="polite" ref={list}>
      {messages.map((message) =>
        message.kind === 'event' ? (
          <li key={message.seq} class="msg event">
            {message.text}
          </li>
        ) : (
          <li key={message.seq} class={`msg ${message.author.role === 'customer' ? 'mine' : 'theirs'}`}>
            {message.author.role !== 'customer' && <span class="who">{message.author.name}</span>}
            <p>{message.text}</p>
          </li>
        ),
      )}
      {pending.map((message) => (
        <li key={message.clientMessageId} class="msg mine pending">
          <p>{message.text}</p>
          <span class="who">Sending…</span>
        </li>
      ))}
    </ol>
  );
}
