/**
 * The conversation as the customer sees it: their own messages on the right, the agent's left,
 * events centred, and "Read" under the customer's last message once the agent has read that far.
 */
/** @jsxRuntime classic */
/** @jsx h */
import { h } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { MessageView } from '../../../functions/protocol/server-frames';
import { useStrings } from '../i18n';
import { keepBottomInPlace } from './bottom-anchor';
import { FileMessage } from './FileMessage';
import { LinkedText } from './LinkedText';

type Unconfirmed = { clientMessageId: string; text: string };

interface Props {
  messages: MessageView[];
  /** Sent and not yet confirmed. */
  pending: Unconfirmed[];
  /** Sent and refused by the server (the chat had ended meanwhile, say): shown as not sent, so the text is not lost. */
  refused: Unconfirmed[];
  /** The agents' read marker. */
  readUpTo: number;
  /** Pending messages then wait for the connection rather than for the server. */
  offline: boolean;
  /** A download link for a file message. */
  link(seq: number): Promise<string>;
}

/** Unconfirmed this long (past its first resend, RESEND_MS), a message says "Sending…". */
const LATE_MS = 6000;
/**
 * When each message still pending was first shown, by client id. Kept outside the list, so the wait
 * goes on while the panel is minimised (hidden, which would restart a CSS animation) or re-mounted.
 */
const shownAt = new Map<string, number>();

/** For each pending message, how long until it says "Sending…" (≤ 0: it does); re-renders when one gets there. */
function useLateIn(pending: Props['pending']): number[] {
  const [, tick] = useState(0);
  const now = Date.now();
  for (const id of shownAt.keys()) if (!pending.some((m) => m.clientMessageId === id)) shownAt.delete(id);
  const lateIn = pending.map((m) => (shownAt.get(m.clientMessageId) ?? (shownAt.set(m.clientMessageId, now), now)) + LATE_MS - now);
  useEffect(() => {
    const next = lateIn.filter((ms) => ms > 0);
    if (!next.length) return;
    const timer = setTimeout(() => tick((n) => n + 1), Math.min(...next));
    return () => clearTimeout(timer);
  });
  return lateIn;
}

/** The customer's newest message, text or a file (a loop: Array.findLast is missing in browsers customers still use). */
function lastOwn(messages: MessageView[]): MessageView | undefined {
  for (let i = messages.length - 1; i >= 0; i--) if (messages[i].kind !== 'event' && messages[i].author.role === 'customer') return messages[i];
  return undefined;
}

export function Messages({ messages, pending, refused, readUpTo, offline, link }: Props) {
  const t = useStrings();
  const list = useRef<HTMLOListElement>(null);
  useEffect(() => {
    list.current?.scrollTo({ top: list.current.scrollHeight });
  }, [messages.length, pending.length, readUpTo]);
  useEffect(() => keepBottomInPlace(list.current!), []);
  const lastMine = lastOwn(messages);
  const lateIn = useLateIn(pending);

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
      {[...pending, ...refused].map((message, i) => (
        <li key={message.clientMessageId} class="msg mine pending">
          <p>{message.text}</p>
          {/* Empty until late, it takes no room: confirming the message does not move the conversation. */}
          <span class="who">{i >= pending.length ? t.notSent : offline ? t.waitingToSend : lateIn[i] <= 0 ? t.sending : ''}</span>
        </li>
      ))}
    </ol>
  );
}
