/** One message. Its text is a Preact text node, never HTML, whatever the customer typed. */
import { formatTime } from './format';
import { t } from './strings';

interface Props {
  role: 'customer' | 'agent' | 'system';
  name: string;
  text: string;
  at?: number;
  /** Sent but not yet confirmed by the server. */
  pending?: boolean;
}

export function MessageItem({ role, name, text, at, pending }: Props) {
  if (role === 'system') return <li class="message message-system">{text}</li>;
  return (
    <li class={`message message-${role}${pending ? ' message-pending' : ''}`}>
      <span class="message-meta">
        {name}
        {at !== undefined && ` · ${formatTime(at)}`}
        {pending && ` · ${t.conversation.sending}`}
      </span>
      <p class="message-text">{text}</p>
    </li>
  );
}
