/** The conversation in seq order, then my messages still on their way; kept scrolled to the newest. */
import { useEffect, useRef } from 'preact/hooks';
import type { MessageSendFrame } from '../../functions/protocol/client-frames';
import type { MessageView } from '../../functions/protocol/server-frames';
import { MessageItem } from './MessageItem';
import { t } from './strings';

interface Props {
  messages: MessageView[];
  pending: MessageSendFrame[];
  /** A download link for a file message. */
  link?(seq: number): Promise<string>;
}

export function MessageList({ messages, pending, link }: Props) {
  const list = useRef<HTMLOListElement>(null);
  useEffect(() => {
    list.current?.scrollTo({ top: list.current.scrollHeight });
  }, [messages.length, pending.length]);

  return (
    <ol class="messages" aria-label={t.conversation.messages} aria-live="polite" ref={list}>
      {messages.map((message) => (
        <MessageItem key={message.seq} role={message.kind === 'event' ? 'system' : message.author.role} name={message.author.name} text={message.text} at={message.at} file={message.file} link={link && (() => link(message.seq))} />
      ))}
      {pending.map((message) => (
        <MessageItem key={message.clientMessageId} role="agent" name={t.chats.you} text={message.text} pending />
      ))}
    </ol>
  );
}
