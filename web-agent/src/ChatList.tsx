/** My ongoing chats (newest first), then those ended in the last 8 hours ("Recent chat sessions", the last ended first). */
import type { BrowserClient } from '../../functions/protocol/browser-client';
import type { ReadReporter } from '../../functions/protocol/browser/read-reporter';
import { chatSections, lastMessage, unreadCount } from './chat-summary';
import { ChatListItem } from './ChatListItem';
import { useUnreadTitle } from './use-unread-title';
import { t } from './strings';

interface Props {
  client: BrowserClient;
  agentId: string;
  reporter: ReadReporter;
  /** The chat the agent is looking at right now: nothing in it is unread. */
  reading?: string;
  selected?: string;
  /** Chats closed on this console (handed over, or an offer that went away). */
  hidden: ReadonlySet<string>;
  onSelect(chatId: string): void;
}

export function ChatList({ client, agentId, reporter, reading, selected, hidden, onSelect }: Props) {
  const { ongoing, recent } = chatSections(client.chats().filter((chat) => !hidden.has(chat.chatId)), Date.now(), agentId, selected);
  const unreadOf = (chatId: string, agentRead = 0) =>
    chatId === reading ? 0 : unreadCount(client.messages(chatId), Math.max(agentRead, reporter.reported(chatId)));
  useUnreadTitle(ongoing.reduce((sum, chat) => sum + (chat.agent?.id === agentId ? unreadOf(chat.chatId, chat.read?.agent) : 0), 0));
  const sections = [
    { title: t.chats.mine, chats: ongoing, empty: t.chats.none },
    { title: t.chats.recent, chats: recent, empty: null },
  ];

  return (
    <nav class="chat-list" aria-label={t.chats.list}>
      {sections.map(
        (section) =>
          (section.chats.length > 0 || section.empty) && (
            <section aria-label={section.title}>
              <h2>{section.title}</h2>
              {section.chats.length === 0 && <p class="muted">{section.empty}</p>}
              <ul>
                {section.chats.map((chat) => {
                  return (
                    <ChatListItem
                      key={chat.chatId}
                      chat={chat}
                      unread={unreadOf(chat.chatId, chat.read?.agent)}
                      last={lastMessage(client.messages(chat.chatId))}
                      agentId={agentId}
                      current={chat.chatId === selected}
                      onSelect={onSelect}
                    />
                  );
                })}
              </ul>
            </section>
          ),
      )}
    </nav>
  );
}
