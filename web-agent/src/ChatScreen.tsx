/** The Chat screen: status and log-out on top, my chats and the queue at the left, the conversation in the middle. */
import type { AgentProfile, ClientConfig } from '../../functions/protocol/http';
import { useBrowserClient } from './use-browser-client';
import { useConsole } from './use-console';
import { TopBar } from './TopBar';
import { ConnectionBanner } from './ConnectionBanner';
import { QueueBar } from './QueueBar';
import { ChatList } from './ChatList';
import { Conversation } from './Conversation';
import { NoticeBar } from './NoticeBar';

interface Props {
  config: ClientConfig;
  token: string;
  agent: AgentProfile;
  onLogOut(): void;
  onExpired(): void;
}

export function ChatScreen({ config, token, agent, onLogOut, onExpired }: Props) {
  const client = useBrowserClient(config, token, onExpired);
  const view = useConsole(client, agent);
  const online = client.state === 'online';
  const chat = view.selected ? client.chat(view.selected) : undefined;

  return (
    <div class="console">
      <TopBar agent={agent} presence={view.presence} online={online} onStatus={view.setStatus} onLogOut={onLogOut} />
      <ConnectionBanner state={client.state} />
      <aside class="sidebar">
        <QueueBar waiting={view.waiting} online={online} onNext={view.getNext} />
        <ChatList chats={client.chats()} selected={view.selected} onSelect={view.select} />
      </aside>
      <main class="pane">
        {view.notice && <NoticeBar notice={view.notice} onDismiss={view.dismissNotice} />}
        {chat ? (
          <Conversation key={chat.chatId} client={client} chat={chat} online={online} />
        ) : (
          <p class="empty">No chat open. Choose “Get next in queue” to answer the customer who has waited longest.</p>
        )}
      </main>
    </div>
  );
}
