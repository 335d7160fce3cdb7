/** One message. Its text is a Preact text node, never HTML, whatever the customer typed. */
import { useState } from 'preact/hooks';
import type { FileView } from '../../functions/protocol/server-frames';
import { Attachment } from './Attachment';
import { formatTime } from './format';
import { LinkedText } from './LinkedText';
import { customerName, eventLine, t } from './strings';

interface Props {
  role: 'customer' | 'agent' | 'system';
  name: string;
  text: string;
  /** An event the customer caused (ended the chat, returned to it). */
  byCustomer?: boolean;
  at?: number;
  /** Sent at this time but not yet confirmed by the server. */
  pendingSince?: number;
  /** A message of mine the server refused (the chat went to someone else, say): shown as not sent, its text kept to copy. */
  notSent?: boolean;
  /** A file message's file, and how to get a link to it. */
  file?: FileView;
  link?(): Promise<string>;
}

export function MessageItem({ role, name, text, byCustomer, at, pendingSince, notSent, file, link }: Props) {
  const pending = pendingSince !== undefined;
  // "Sending…" appears 6 s after the send, by a CSS animation. A negative delay, fixed when the
  // item mounts, starts it part way through for a message shown again after a chat switch; a
  // delay changed on every render would move a running animation on by the same amount again.
  const [lateIn] = useState(() => (pending ? `${pendingSince - Date.now()}ms` : undefined));
  if (role === 'system') return <li class="message message-system">{eventLine(text, byCustomer)}</li>;
  return (
    <li class={`message message-${role}${pending ? ' message-pending' : ''}${notSent ? ' message-not-sent' : ''}`}>
      <span class="message-meta">
        {role === 'customer' ? customerName(name) : name}
        {at !== undefined && ` · ${formatTime(at)}`}
        {pending && <span class="message-sending" style={lateIn && { animationDelay: lateIn }}>{` · ${t.conversation.sending}`}</span>}
        {notSent && <strong>{` · ${t.conversation.notSent}`}</strong>}
      </span>
      {file && link ? (
        <Attachment file={file} link={link} />
      ) : (
        <p class="message-text">
          <LinkedText text={text} />
        </p>
      )}
    </li>
  );
}
