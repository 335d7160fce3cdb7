/**
 * The Dashboard tab: the figures (all channels or a chosen one), Incoming chats, Ongoing chat sessions, and requests.
 * Mounted only while it is the open tab, so the live figures are watched exactly while they are on screen.
 */
import type { BrowserClient } from '../../functions/protocol/browser-client';
import type { ClientConfig } from '../../functions/protocol/http';
import type { QueueState } from './use-queue';
import type { QueueEntry } from '../../functions/protocol/server-frames';
import { useLiveFigures } from './use-live-figures';
import { usePageVisible } from './use-page-visible';
import { Figures } from './Figures';
import { FiguresChannelChoice } from './FiguresChannelChoice';
import type { FiguresChannel } from './use-figures-channel';
import { IncomingChats } from './IncomingChats';
import { OngoingChats } from './OngoingChats';
import { Requests } from './Requests';

interface Props {
  config: ClientConfig;
  token: string;
  client: BrowserClient;
  queue: QueueState;
  /** The waiting chats this agent may answer (my-queue.ts), listed, and how many they are. */
  incoming: QueueEntry[];
  waiting: number;
  /** Whose figures to show; managers and admins choose a channel, others see all channels. */
  figuresChannel: FiguresChannel;
  onAnswer(chatId: string): void;
  onListen(chatId: string): void;
}

export function Dashboard({ config, token, client, queue, incoming, waiting, figuresChannel, onAnswer, onListen }: Props) {
  // A console in a background tab shows nothing: it watches again, and is told the figures, when seen.
  const visible = usePageVisible();
  const live = useLiveFigures(client, client.state === 'online' && visible);
  return (
    <div class="dashboard">
      {figuresChannel.channels.length > 0 && <FiguresChannelChoice choice={figuresChannel} />}
      <Figures queue={queue} live={live} channel={figuresChannel.chosen} />
      <IncomingChats entries={incoming} elsewhere={Math.max(0, queue.waiting - waiting)} onAnswer={onAnswer} />
      <OngoingChats config={config} token={token} live={live} onListen={onListen} />
      <Requests config={config} token={token} client={client} />
    </div>
  );
}
