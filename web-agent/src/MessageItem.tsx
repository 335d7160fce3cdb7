/** One message. Its text is a Preact text node, never HTML, whatever the customer typed. */
import type { FileView } from '../../functions/protocol/server-frames';
import { Attachment } from './Attachment';
import { formatTime } from './format';
import { LinkedText } from './LinkedText';
import { t } from './strings';

interface Props {
  role: 'customer' | 'agent' | 'system';
  name: string;
  text: string;
  at?: number;
  /** Sent but not yet confirmed by the server. */
  pending?: boolean;
  /** A file message's file, and how to get a link to it. */
  file?: FileView;
  link?(): Promise<string>;
}

export function MessageItem({ role, name, text, at, pending, file, link }: Props) {
  if (role === 'system') return <li class="message message-system">{text}</li>;
  return (
    <li class={`message message-${role}${pending ? ' message-pending' : ''}`}>
      <span class="message-meta">
        {name}
        {at !== undefined && ` · ${formatTime(at)}`}
        {pending && <span class="message-sending">{` · ${t.conversation.sending}`}</span>}
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
