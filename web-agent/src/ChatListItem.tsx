/** One chat in the list: the customer, unread messages, where it stands, and who wrote last. */
import type { ChatView, MessageView } from '../../functions/protocol/server-frames';
import { transferMarker } from './transfer-state';
import { customerName, t } from './strings';
import { useCustomerLeft } from './use-customer-left';

interface Props {
  chat: ChatView;
  unread: number;
  last?: MessageView;
  agentId: string;
  current: boolean;
  onSelect(chatId: string): void;
}

export function ChatListItem({ chat, unread, last, agentId, current, onSelect }: Props) {
  const mine = last?.author.role === 'agent' && last.author.name === chat.agent?.name && chat.agent?.id === agentId;
  const author = mine ? t.chats.you : last?.author.role === 'customer' ? customerName(last.author.name) : last?.author.name;
  const pending = transferMarker(chat, agentId);
  const listening = !pending && chat.status !== 'ended' && chat.agent && chat.agent.id !== agentId ? t.chats.listeningTo(chat.agent.name) : undefined;
  const left = useCustomerLeft(chat);
  return (
    <li>
      <button
        type="button"
        class={`chat-item status-${chat.status}${last?.author.role === 'customer' ? ' awaiting-reply' : ''}`}
        aria-current={current ? 'true' : undefined}
        onClick={() => onSelect(chat.chatId)}
      >
        <span class="chat-name">{customerName(chat.customer.name)}</span>
        {unread > 0 && (
          <span class="unread">
            {unread}
            <span class="sr-only"> {t.chats.unread}</span>
          </span>
        )}
        <span class="chat-status">{t.chatStatus[chat.status]}</span>
        {pending && <span class="chat-transfer">{pending}</span>}
        {listening && <span class="chat-listening">{listening}</span>}
        {left !== undefined && <span class="chat-left">{t.chats.customerLeft}</span>}
        {last && (
          <span class="chat-last">
            {author}: {last.kind === 'file' && <span aria-hidden="true">📎 </span>}
            {last.text}
          </span>
        )}
      </button>
    </li>
  );
}
