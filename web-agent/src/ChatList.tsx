/** My ongoing chats, then the ones ended in this session ("Recent chat sessions"), newest first. */
import type { ChatView } from '../../functions/protocol/server-frames';
import { ChatListItem } from './ChatListItem';

interface Props {
  chats: ChatView[];
  selected?: string;
  onSelect(chatId: string): void;
}

export function ChatList({ chats, selected, onSelect }: Props) {
  const newestFirst = [...chats].sort((a, b) => b.createdAt - a.createdAt);
  const sections = [
    { title: 'My chats', chats: newestFirst.filter((chat) => chat.status !== 'ended'), empty: 'No ongoing chats.' },
    { title: 'Recent chat sessions', chats: newestFirst.filter((chat) => chat.status === 'ended'), empty: null },
  ];
  return (
    <nav class="chat-list" aria-label="Chats">
      {sections.map(
        (section) =>
          (section.chats.length > 0 || section.empty) && (
            <section aria-label={section.title}>
              <h2>{section.title}</h2>
              {section.chats.length === 0 && <p class="muted">{section.empty}</p>}
              <ul>
                {section.chats.map((chat) => (
                  <ChatListItem key={chat.chatId} chat={chat} current={chat.chatId === selected} onSelect={onSelect} />
                ))}
              </ul>
            </section>
          ),
      )}
    </nav>
  );
}
