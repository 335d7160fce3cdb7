/** The conversation in seq order, then my messages still on their way; kept scrolled to the newest. */
import { useEffect, useRef } from 'preact/hooks';
import type { MessageSendFrame } from '../../functions/protocol/client-frames';
import type { MessageView } from '../../functions/protocol/server-frames';
import { keepBottomInPlace } from '../../web-widget/src/panel/bottom-anchor';
import { followNewest, type FollowNewest } from './follow-newest';
import { MessageItem } from './MessageItem';
import { t } from './strings';

interface Props {
  messages: MessageView[];
  pending: MessageSendFrame[];
  /** My messages the server refused, after the rest: not sent, but not lost either. */
  refused?: MessageSendFrame[];
  /** A download link for a file message. */
  link?(seq: number): Promise<string>;
}

/**
 * When each message still on its way was first shown. Keyed by the client's outbox entry, which
 * stays the same object until the message is confirmed, so its "Sending…" wait is counted from
 * when it was sent, not from each time its chat is opened again.
 */
const firstShown = new WeakMap<MessageSendFrame, number>();

function shownSince(message: MessageSendFrame): number {
  const since = firstShown.get(message) ?? Date.now();
  firstShown.set(message, since);
  return since;
}

export function MessageList({ messages, pending, refused = [], link }: Props) {
  const list = useRef<HTMLOListElement>(null);
  const follow = useRef<FollowNewest>();
  useEffect(() => {
    // In this order: a resize of the list reaches keepBottomInPlace first, and following the newest has the last word.
    const kept = keepBottomInPlace(list.current!);
    const following = followNewest(list.current!);
    follow.current = following;
    return () => (following.stop(), kept());
  }, []);
  // A new message (or the chat just opened) brings the newest line into view; images loading after it keep it there.
  useEffect(() => follow.current?.toNewest(), [messages.length, pending.length, refused.length]);

  return (
    <ol class="messages" aria-label={t.conversation.messages} aria-live="polite" ref={list}>
      {messages.map((message) => (
        <MessageItem key={message.seq} role={message.kind === 'event' ? 'system' : message.author.role} name={message.author.name} text={message.text} byCustomer={message.byCustomer} at={message.at} file={message.file} link={link && (() => link(message.seq))} />
      ))}
      {pending.map((message) => (
        <MessageItem key={message.clientMessageId} role="agent" name={t.chats.you} text={message.text} pendingSince={shownSince(message)} />
      ))}
      {refused.map((message) => (
        <MessageItem key={message.clientMessageId} role="agent" name={t.chats.you} text={message.text} notSent />
      ))}
    </ol>
  );
}
