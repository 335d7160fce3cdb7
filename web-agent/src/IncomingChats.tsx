/**
 * Incoming chats: who waits, on which channel, what they asked, and for how long (ticking); a
 * customer who left the page is greyed and says so (they keep their place a while, behind the others).
 * Double-click a row, or press Enter on it, to answer that chat; arrow keys move between rows.
 * The chats of channels the agent may not answer are not listed, but said, so the Dashboard's
 * figures (all channels) and this list do not seem to disagree.
 */
import type { QueueEntry } from '../../functions/protocol/server-frames';
import { useNow } from './use-now';
import { formatWait } from './format';
import { customerName, t } from './strings';
import { useChannelName } from './channel-names';

interface Props {
  entries: QueueEntry[];
  /** Chats waiting on channels this agent may not answer. */
  elsewhere: number;
  onAnswer(chatId: string): void;
}

export function IncomingChats({ entries, elsewhere, onAnswer }: Props) {
  const now = useNow();
  const channelName = useChannelName();
  const columns = t.dashboard.columns;

  function keyDown(event: KeyboardEvent, chatId: string) {
    const row = event.currentTarget as HTMLElement;
    if (event.key === 'Enter') onAnswer(chatId);
    else if (event.key === 'ArrowDown') (row.nextElementSibling as HTMLElement | null)?.focus();
    else if (event.key === 'ArrowUp') (row.previousElementSibling as HTMLElement | null)?.focus();
    else return;
    event.preventDefault();
  }

  return (
    <section class="card" aria-labelledby="incoming-title">
      <h2 id="incoming-title">{t.dashboard.incoming}</h2>
      <p class="muted" id="incoming-hint">
        {t.dashboard.incomingHint}
      </p>
      {entries.length === 0 ? (
        <p class="muted">{elsewhere > 0 ? t.dashboard.noneWaitingForYou(elsewhere) : t.dashboard.noneWaiting}</p>
      ) : (
        <table class="incoming" aria-labelledby="incoming-title" aria-describedby="incoming-hint">
          <thead>
            <tr>
              <th scope="col">{columns.customer}</th>
              <th scope="col">{columns.channel}</th>
              <th scope="col">{columns.question}</th>
              <th scope="col">{columns.waiting}</th>
            </tr>
          </thead>
          <tbody>
            {entries.map((entry) => (
              <tr key={entry.chatId} class={entry.away ? 'away' : undefined} tabIndex={0} onDblClick={() => onAnswer(entry.chatId)} onKeyDown={(event) => keyDown(event, entry.chatId)}>
                <td>
                  {customerName(entry.customerName)}
                  {entry.away && <span class="left-page"> · {t.dashboard.leftPage}</span>}
                </td>
                <td>{channelName(entry.channel)}</td>
                <td class="preview">{entry.preview}</td>
                <td class="wait">{formatWait(now - entry.queuedAt)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {entries.length > 0 && elsewhere > 0 && <p class="muted small">{t.dashboard.alsoWaitingElsewhere(elsewhere)}</p>}
    </section>
  );
}
