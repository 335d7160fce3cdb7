/** The Dashboard tab: the figures (all channels or a chosen one), Incoming chats, Ongoing chat sessions, and requests. */
import type { ClientConfig } from '../../functions/protocol/http';
import type { QueueState } from './use-queue';
import type { LiveFigures } from '../../functions/protocol/stats';
import { Figures } from './Figures';
import { FiguresChannelChoice } from './FiguresChannelChoice';
import type { FiguresChannel } from './use-figures-channel';
import { IncomingChats } from './IncomingChats';
import { OngoingChats } from './OngoingChats';
import { Requests } from './Requests';

interface Props {
  config: ClientConfig;
  token: string;
  queue: QueueState;
  live?: LiveFigures;
  /** Whose figures to show; managers and admins choose a channel, others see all channels. */
  figuresChannel: FiguresChannel;
  onAnswer(chatId: string): void;
  onListen(chatId: string): void;
}

export function Dashboard({ config, token, queue, live, figuresChannel, onAnswer, onListen }: Props) {
  return (
    <div class="dashboard">
      {figuresChannel.channels.length > 0 && <FiguresChannelChoice choice={figuresChannel} />}
      <Figures queue={queue} live={live} channel={figuresChannel.chosen} />
      <IncomingChats entries={queue.entries} onAnswer={onAnswer} />
      <OngoingChats config={config} token={token} onListen={onListen} />
      <Requests config={config} token={token} />
    </div>
  );
}
