/** The Dashboard tab: the queue's figures, Incoming chats, Ongoing chat sessions, and requests. */
import type { ClientConfig } from '../../functions/protocol/http';
import type { QueueState } from './use-queue';
import type { LiveFigures } from '../../functions/protocol/stats';
import { Figures } from './Figures';
import { IncomingChats } from './IncomingChats';
import { OngoingChats } from './OngoingChats';
import { Requests } from './Requests';

interface Props {
  config: ClientConfig;
  token: string;
  queue: QueueState;
  live?: LiveFigures;
  onAnswer(chatId: string): void;
  onListen(chatId: string): void;
}

export function Dashboard({ config, token, queue, live, onAnswer, onListen }: Props) {
  return (
    <div class="dashboard">
      <Figures queue={queue} live={live} />
      <IncomingChats entries={queue.entries} onAnswer={onAnswer} />
      <OngoingChats config={config} token={token} onListen={onListen} />
      <Requests config={config} token={token} />
    </div>
  );
}
