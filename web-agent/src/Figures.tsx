/** The Dashboard's figures: customers waiting, the longest wait (ticking), agents available, active chats, answered today. */
import type { QueueState } from './use-queue';
import { useNow } from './use-now';
import { formatWait } from './format';
import { t } from './strings';
import type { LiveFigures } from '../../functions/protocol/stats';

export function Figures({ queue, live }: { queue: QueueState; live?: LiveFigures }) {
  const now = useNow();
  const oldest = queue.entries[0]?.queuedAt;
  const figures = [
    { label: t.dashboard.waiting, value: String(queue.waiting) },
    { label: t.dashboard.longestWait, value: oldest === undefined ? '–' : formatWait(now - oldest) },
    { label: t.dashboard.agentsAvailable, value: String(queue.presentAgents) },
    { label: t.dashboard.activeChats, value: live ? String(live.activeChats) : '–' },
    // Past midnight (the tenant's) nobody has answered today until the next figures say otherwise.
    { label: t.dashboard.answeredToday, value: live ? String(now < live.dayEndsAt ? live.answeredToday : 0) : '–' },
  ];
  return (
    <dl class="figures" aria-label={t.dashboard.figures}>
      {figures.map((figure) => (
        <div class="figure">
          <dt>{figure.label}</dt>
          <dd>{figure.value}</dd>
        </div>
      ))}
    </dl>
  );
}
