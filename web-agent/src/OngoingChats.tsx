/**
 * Ongoing chat sessions: who is chatting with whom, on which channel, since when. Double-click a
 * row, or press Enter on it, to listen in (the server refuses agents without the permission).
 */
import type { ClientConfig } from '../../functions/protocol/http';
import { fetchOngoingChats } from './api';
import { formatWait } from './format';
import { customerName, t } from './strings';
import { useChannelName } from './channel-names';
import { useNow } from './use-now';
import { usePolled } from './use-polled';

interface Props {
  config: ClientConfig;
  token: string;
  onListen(chatId: string): void;
}

export function OngoingChats({ config, token, onListen }: Props) {
  const { value: chats, failed } = usePolled(fetchOngoingChats, config, token);
  const now = useNow();
  const channelName = useChannelName();
  const columns = t.dashboard.ongoingColumns;

  function keyDown(event: KeyboardEvent, chatId: string) {
    const row = event.currentTarget as HTMLElement;
    if (event.key === 'Enter') onListen(chatId);
    else if (event.key === 'ArrowDown') (row.nextElementSibling as HTMLElement | null)?.focus();
    else if (event.key === 'ArrowUp') (row.previousElementSibling as HTMLElement | null)?.focus();
    else return;
    event.preventDefault();
  }

  return (
    <section class="card" aria-labelledby="ongoing-title">
      <h2 id="ongoing-title">{t.dashboard.ongoing}</h2>
      <p class="muted" id="ongoing-hint">{t.dashboard.ongoingHint}</p>
      {failed && <p class="error" role="status">{t.dashboard.ongoingFailed}</p>}
      {chats?.length === 0 && <p class="muted">{t.dashboard.noneOngoing}</p>}
      {chats && chats.length > 0 && (
        <table class="incoming" aria-labelledby="ongoing-title" aria-describedby="ongoing-hint">
          <thead>
            <tr>
              <th scope="col">{columns.customer}</th>
              <th scope="col">{columns.agent}</th>
              <th scope="col">{columns.channel}</th>
              <th scope="col">{columns.messages}</th>
              <th scope="col">{columns.since}</th>
            </tr>
          </thead>
          <tbody>
            {chats.map((chat) => (
              <tr key={chat.chatId} tabIndex={0} onDblClick={() => onListen(chat.chatId)} onKeyDown={(event) => keyDown(event, chat.chatId)}>
                <td>{customerName(chat.customerName)}</td>
                <td>{chat.agentName}</td>
                <td>{channelName(chat.channel)}</td>
                <td>{chat.messages}</td>
                <td class="wait">{formatWait(now - chat.answeredAt)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
