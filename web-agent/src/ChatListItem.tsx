/** One chat in the list: the customer's name and where the chat stands. */
import type { ChatView } from '../../functions/protocol/server-frames';
import { statusLabel } from './status-label';

interface Props {
  chat: ChatView;
  current: boolean;
  onSelect(chatId: string): void;
}

export function ChatListItem({ chat, current, onSelect }: Props) {
  return (
    <li>
      <button type="button" class={`chat-item status-${chat.status}`} aria-current={current ? 'true' : undefined} onClick={() => onSelect(chat.chatId)}>
        <span class="chat-name">{chat.customer.name}</span>
        <span class="chat-status">{statusLabel[chat.status]}</span>
      </button>
    </li>
  );
}
