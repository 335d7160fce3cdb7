/**
 * The conversation as the customer sees it: their own messages on the right, the agent's left,
 * events centred, and "Read" under the customer's last message once the agent has read that far.
 */
import { useEffect, useRef } from 'preact/hooks';
import type { MessageView } from '../../../functions/protocol/server-frames';
import { useStrings } from '../i18n';
import { FileMessage } from './FileMessage';
import { LinkedText } from './LinkedText';

interface Props {
  messages: MessageView[];
  /** Sent and not yet confirmed. */
  pending: { clientMessageId: string; text: string }[];
  /** The agents' read marker. */
  readUpTo: number;
  /** Pending messages then wait for the connection rather than for the server. */
  offline: boolean;
  /** A download link for a file message. */
  link(seq: number): Promise<string>;
}

/** The customer's newest text message (a loop: Array.findLast is missing in browsers customers still use). */
function lastOwn(messages: MessageView[]): MessageView | undefined {
  for (let i = messages.length - 1; i >= 0; i--) if (messages[i].kind === 'text' && messages[i].author.role === 'customer') return messages[i];
  return undefined;
}

export function Messages({ messages, pending, readUpTo, offline, link }: Props) {
  const t = useStrings();
  const list = useRef<HTMLOListElement>(null);
  useEffect(() => {
    list.current?.scrollTo({ top: list.current.scrollHeight });
  }, [messages.length, pending.length, readUpTo]);
  const lastMine = lastOwn(messages);

  return (
    // Focusable, so keyboard users can scroll it once it overflows (e.g. above the post-chat form).
    <ol class="messages" aria-label={t.conversation} ref={list} tabIndex={0}>
      {messages.map((message) =>
        message.kind === 'event' ? (
          <li key={message.seq} class="msg event">
            {t.event(message)}
          </li>
        ) : (
          <li key={message.seq} class={`msg ${message.author.role === 'customer' ? 'mine' : 'theirs'}`}>
            {message.author.role !== 'customer' && <span class="who">{message.author.name}</span>}
            {message.file ? <FileMessage file={message.file} link={() => link(message.seq)} /> : <p><LinkedText text={message.text} /></p>}
            {message === lastMine && readUpTo >= message.seq && <span class="who read">{t.read}</span>}
          </li>
        ),
      )}
      {pending.map((message) => (
        <li key={message.clientMessageId} class="msg mine pending">
          <p>{message.text}</p>
          <span class={offline ? 'who' : 'who sending'}>{offline ? t.waitingToSend : t.sending}</span>
        </li>
      ))}
    </ol>
  );
}
