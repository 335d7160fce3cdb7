/** The conversation in seq order, then my messages still on their way; kept scrolled to the newest. */
import { useEffect, useRef } from 'preact/hooks';
import type { MessageSendFrame } from '../../functions/protocol/client-frames';
import type { MessageView } from '../../functions/protocol/server-frames';
import { keepBottomInPlace } from '../../web-widget/src/panel/bottom-anchor';
import { MessageItem } from './MessageItem';
import { t } from './strings';

interface Props {
  messages: MessageView[];
  pending: MessageSendFrame[];
  /** A download link for a file message. */
  link?(seq: number): Promise<string>;
}

/** How near the end a reader counts as reading the newest line. */
const BOTTOM_SLACK_PX = 24;

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

export function MessageList({ messages, pending, link }: Props) {
  const list = useRef<HTMLOListElement>(null);
  const toBottom = () => list.current?.scrollTo({ top: list.current.scrollHeight });
  // Whether the reader is at the newest line, as of their last scroll (ours included).
  const atBottom = useRef(true);
  useEffect(toBottom, [messages.length, pending.length]);
  useEffect(() => keepBottomInPlace(list.current!), []);

  return (
    <ol
      class="messages"
      aria-label={t.conversation.messages}
      aria-live="polite"
      ref={list}
      onScroll={(event) => {
        const { scrollHeight, scrollTop, clientHeight } = event.currentTarget;
        atBottom.current = scrollHeight - scrollTop - clientHeight < BOTTOM_SLACK_PX;
      }}
      // An image grows its bubble when it loads, after the scroll to the newest: without this it ends half hidden.
      onLoadCapture={() => atBottom.current && toBottom()}
    >
      {messages.map((message) => (
        <MessageItem key={message.seq} role={message.kind === 'event' ? 'system' : message.author.role} name={message.author.name} text={message.text} byCustomer={message.byCustomer} at={message.at} file={message.file} link={link && (() => link(message.seq))} />
      ))}
      {pending.map((message) => (
        <MessageItem key={message.clientMessageId} role="agent" name={t.chats.you} text={message.text} pendingSince={shownSince(message)} />
      ))}
    </ol>
  );
}
