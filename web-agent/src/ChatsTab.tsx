/**
 * The Chats tab: my chats and the queue at the left, the open conversation in the middle, and the
 * contact side panel ("Customer") at the right.
 */
import { useContext, useState } from 'preact/hooks';
import type { BrowserClient } from '../../functions/protocol/browser-client';
import type { AgentProfile, ClientConfig } from '../../functions/protocol/http';
import type { useConsole } from './use-console';
import { useAttention } from './use-attention';
import { useReadReporter } from './use-read-reporter';
import { QueueBar } from './QueueBar';
import { ChatList } from './ChatList';
import { ChatHistory } from './ChatHistory';
import { Conversation } from './Conversation';
import { ContactPanel } from './ContactPanel';
import { RequestDialog } from './RequestDialog';
import { TransferDialog } from './TransferDialog';
import { chatStanding, managesChannel } from './transfer-state';
import { ChannelNamesContext } from './channel-names';
import { FileLinkContext } from './file-link';
import { useFileTransfers } from './use-file-transfers';
import { t } from './strings';

interface Props {
  client: BrowserClient;
  config: ClientConfig;
  token: string;
  agent: AgentProfile;
  view: ReturnType<typeof useConsole>;
  waiting: number;
  /** This tab is the one shown. */
  visible: boolean;
}

export function ChatsTab({ client, config, token, agent, view, waiting, visible }: Props) {
  const attention = useAttention();
  const reporter = useReadReporter(client);
  const [requesting, setRequesting] = useState<string>();
  const [transferring, setTransferring] = useState<string>();
  // Bumped after a request is created, so the side panel lists it.
  const [panelVersion, setPanelVersion] = useState(0);
  const online = client.state === 'online';
  const chat = view.selected ? client.chat(view.selected) : undefined;
  // Only what the agent can actually see counts as read.
  const reading = visible && attention ? chat?.chatId : undefined;
  // The server lets only the chat's own agent link it or make requests from it, also once it has ended.
  const mine = !!chat && chat.status !== 'queued' && chat.agent?.id === agent.id;
  const api = { config, token };
  const standing = chat && chatStanding(chat, agent.id);
  const channels = useContext(ChannelNamesContext);
  const manager = managesChannel(agent.role, channels, chat?.channel);
  // Transcripts opened from the side panel or the chat history link their files through this console's socket.
  const files = useFileTransfers(client);

  return (
    <FileLinkContext.Provider value={files.link}>
      <aside class="sidebar">
        <QueueBar waiting={waiting} online={online} onNext={view.getNext} />
        <ChatList client={client} agentId={agent.id} hidden={view.closed} reporter={reporter} reading={reading} selected={view.selected} onSelect={view.select} />
        <ChatHistory api={api} />
      </aside>
      <main class="pane">
        {chat ? (
          <Conversation
            key={chat.chatId}
            client={client}
            chat={chat}
            online={online}
            reporter={reporter}
            reading={reading === chat.chatId}
            library={{ ...api, admin: agent.role === 'admin' }}
            onCreateRequest={mine ? () => setRequesting(chat.chatId) : undefined}
            standing={standing!}
            onTransfer={standing === 'owner' && chat.status === 'active' ? () => setTransferring(chat.chatId) : undefined}
            onTakeOver={manager && standing === 'listening' ? () => client.send({ action: 'chat.takeover', chatId: chat.chatId }) : undefined}
            onClose={() => {
              // A chat watched from Ongoing chat sessions (or handed over) stops coming to this console.
              if (standing === 'listening') client.send({ action: 'chat.unlisten', chatId: chat.chatId });
              view.close(chat.chatId);
            }}
            replies={{ api, agentName: agent.name }}
          />
        ) : (
          <p class="empty">{t.chats.nothingOpen}</p>
        )}
      </main>
      {chat && <ContactPanel key={chat.chatId} client={client} api={api} chat={chat} canEdit={mine} version={panelVersion} />}
      {transferring && (
        <TransferDialog
          client={client}
          chatId={transferring}
          agentId={agent.id}
          present={view.present}
          responders={channels.find((c) => c.id === client.chat(transferring)?.channel)?.responders}
          direct={manager}
          onClose={() => setTransferring(undefined)}
        />
      )}
      {requesting && (
        <RequestDialog
          client={client}
          api={api}
          chatId={requesting}
          onCreated={() => setPanelVersion((n) => n + 1)}
          onClose={() => setRequesting(undefined)}
        />
      )}
    </FileLinkContext.Provider>
  );
}
