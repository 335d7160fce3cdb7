/**
 * Ongoing chat sessions: who is chatting with whom, on which channel, since when. Where the agent
 * may listen in (the server says per chat), double-click the row, or press Enter on it; the other
 * rows only inform. Read again at once when the Dashboard's live figures are pushed (a chat answered,
 * ended, reopened or handed over), so the list agrees with "Active chat sessions" above it.
 */
import type { ClientConfig } from '../../functions/protocol/http';
import type { LiveFigures } from '../../functions/protocol/stats';
import { fetchOngoingChats } from './api';
import { formatWait } from './format';
import { customerName, t } from './strings';
import { useChannelName } from './channel-names';
import { useNow } from './use-now';
import { usePolled } from './use-polled';
import { SHOW_AFTER_MS } from './use-customer-left';

interface Props {
  config: ClientConfig;
  token: string;
  /** The live figures as last pushed: each push follows an answer, an end, a reopening or a hand-over, which changes this list. */
  live?: LiveFigures;
  onListen(chatId: string): void;
}

export function OngoingChats({ config, token, live, onListen }: Props) {
  const { value: chats, failed } = usePolled(fetchOngoingChats, config, token, live);
  const now = useNow();
  const channelName = useChannelName();
  const columns = t.dashboard.ongoingColumns;
  const listenable = chats?.some((chat) => chat.canListen);

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
      <p class="muted" id="ongoing-hint">{listenable ? t.dashboard.ongoingHint : t.dashboard.ongoingInfo}</p>
      {failed && <p class="error" role="status">{t.dashboard.ongoingFailed}</p>}
      {chats?.length === 0 && <p class="muted">{t.dashboard.noneOngoing}</p>}
      {chats && chats.length > 0 && (
        <table class="incoming ongoing" aria-labelledby="ongoing-title" aria-describedby="ongoing-hint">
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
              <tr
                key={chat.chatId}
                {...(chat.canListen && { class: 'listenable', tabIndex: 0, onDblClick: () => onListen(chat.chatId), onKeyDown: (event: KeyboardEvent) => keyDown(event, chat.chatId) })}
              >
                <td>
                  {customerName(chat.customerName)}
                  {/* As in the conversation, a reload's moment away is not shown. */}
                  {chat.customerLeftAt !== undefined && now - chat.customerLeftAt >= SHOW_AFTER_MS && <span class="left-page"> · {t.dashboard.leftPage}</span>}
                </td>
                <td>
                  {chat.agentName}
                  {!chat.agentOnline && <span class="left-page"> · {t.dashboard.agentOffline}</span>}
                </td>
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
