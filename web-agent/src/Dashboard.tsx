/** The Dashboard tab: the queue's figures, Incoming chats, and requests. */
import type { ClientConfig } from '../../functions/protocol/http';
import type { QueueState } from './use-queue';
import { Figures } from './Figures';
import { IncomingChats } from './IncomingChats';
import { Requests } from './Requests';

interface Props {
  config: ClientConfig;
  token: string;
  queue: QueueState;
  onAnswer(chatId: string): void;
}

export function Dashboard({ config, token, queue, onAnswer }: Props) {
  return (
    <div class="dashboard">
      <Figures queue={queue} />
      <IncomingChats entries={queue.entries} onAnswer={onAnswer} />
      <Requests config={config} token={token} />
    </div>
  );
}
