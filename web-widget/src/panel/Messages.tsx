/**
 * The conversation as the customer sees it: their own messages on the right, the agent's left,
 * events centred, and "Read" under the customer's last message once the agent has read that far.
 */
import { useEffect, useRef } from 'preact/hooks';
import type { MessageView } from '../../../functions/protocol/server-frames';
import { t } from '../strings';

interface Props {
  messages: MessageView[];
  /** Sent and not yet confirmed. */
  pending: { clientMessageId: string; text: string }[];
  /** The agents' read marker. */
  readUpTo: number;
}

/** The customer's newest text message (a loop: Array.findLast is missing in browsers customers still use). */
function lastOwn(messages: MessageView[]): MessageView | undefined {
  for (let i = messages.length - 1; i >= 0; i--) if (messages[i].kind === 'text' && messages[i].author.role === 'customer') return messages[i];
  return undefined;
}

export function Messages({ messages, pending, readUpTo }: Props) {
  const list = useRef<HTMLOListElement>(null);
  useEffect(() => {
    list.current?.scrollTo({ top: list.current.scrollHeight });
  }, [messages.length, pending.length, readUpTo]);
  const lastMine = lastOwn(messages);

  return (
    <ol class="messages" aria-label={t.conversation} aria-live="polite" ref={list}>
      {messages.map((message) =>
        message.kind === 'event' ? (
          <li key={message.seq} class="msg event">
            {message.text}
          </li>
        ) : (
          <li key={message.seq} class={`msg ${message.author.role === 'customer' ? 'mine' : 'theirs'}`}>
            {message.author.role !== 'customer' && <span class="who">{message.author.name}</span>}
            <p>{message.text}</p>
            {message === lastMine && readUpTo >= message.seq && <span class="who read">{t.read}</span>}
          </li>
        ),
      )}
      {pending.map((message) => (
        <li key={message.clientMessageId} class="msg mine pending">
          <p>{message.text}</p>
          <span class="who">{t.sending}</span>
        </li>
      ))}
    </ol>
  );
}
