/** The Chats tab: my chats and the queue at the left, the open conversation beside them. */
import type { BrowserClient } from '../../functions/protocol/browser-client';
import type { AgentProfile } from '../../functions/protocol/http';
import type { useConsole } from './use-console';
import { useAttention } from './use-attention';
import { useReadReporter } from './use-read-reporter';
import { QueueBar } from './QueueBar';
import { ChatList } from './ChatList';
import { Conversation } from './Conversation';
import { t } from './strings';

interface Props {
  client: BrowserClient;
  agent: AgentProfile;
  view: ReturnType<typeof useConsole>;
  waiting: number;
  /** This tab is the one shown. */
  visible: boolean;
}

export function ChatsTab({ client, agent, view, waiting, visible }: Props) {
  const attention = useAttention();
  const reporter = useReadReporter(client);
  const online = client.state === 'online';
  const chat = view.selected ? client.chat(view.selected) : undefined;
  // Only what the agent can actually see counts as read.
  const reading = visible && attention ? chat?.chatId : undefined;

  return (
    <>
      <aside class="sidebar">
        <QueueBar waiting={waiting} online={online} onNext={view.getNext} />
        <ChatList client={client} agentId={agent.id} reporter={reporter} reading={reading} selected={view.selected} onSelect={view.select} />
      </aside>
      <main class="pane">
        {chat ? (
          <Conversation key={chat.chatId} client={client} chat={chat} online={online} reporter={reporter} reading={reading === chat.chatId} />
        ) : (
          <p class="empty">{t.chats.nothingOpen}</p>
        )}
      </main>
    </>
  );
}
