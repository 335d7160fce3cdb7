/** The Dashboard's figures, all channels or one: customers waiting (and apart, those who left the page), the longest wait (ticking), agents available, active chats, answered today. */
import type { QueueState } from './use-queue';
import { useNow } from './use-now';
import { formatWait } from './format';
import { t } from './strings';
import type { LiveFigures } from '../../functions/protocol/stats';
import { shownFigures } from './live-figures';

interface Props {
  queue: QueueState;
  live?: LiveFigures;
  /** Undefined: all channels. */
  channel?: { id: string; name: string };
}

export function Figures({ queue, live, channel }: Props) {
  const now = useNow();
  const shown = shownFigures(queue, live, channel?.id, now);
  const count = (value: number | undefined) => (value === undefined ? '–' : String(value));
  const figures: { label: string; value: string; note?: string }[] = [
    // Those who left the page keep their place a while but wait for nobody: told apart, not counted in.
    { label: t.dashboard.waiting, value: String(shown.waiting - (shown.away ?? 0)), note: shown.away ? t.dashboard.alsoLeftPage(shown.away) : undefined },
    { label: t.dashboard.longestWait, value: shown.oldestQueuedAt === undefined ? '–' : formatWait(now - shown.oldestQueuedAt) },
    { label: t.dashboard.agentsAvailable, value: String(shown.presentAgents) },
    { label: t.dashboard.activeChats, value: count(shown.activeChats) },
    { label: t.dashboard.answeredToday, value: count(shown.answeredToday) },
  ];
  return (
    <dl class="figures" aria-label={channel ? t.dashboard.figuresOf(channel.name) : t.dashboard.figures}>
      {figures.map((figure) => (
        <div class="figure">
          <dt>{figure.label}</dt>
          <dd>{figure.value}</dd>
          {figure.note && <dd class="figure-detail">{figure.note}</dd>}
        </div>
      ))}
    </dl>
  );
}
