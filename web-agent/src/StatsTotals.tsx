/** The period's headline figures above the charts. */
import type { StatsFigures } from '../../functions/protocol/stats';
import { formatRating, formatSeconds } from './stats-format';
import { t } from './strings';

export function StatsTotals({ figures }: { figures: StatsFigures }) {
  const s = t.statistics.totals;
  const { totals } = figures;
  const items = [
    { label: s.started, value: String(totals.started) },
    { label: s.answered, value: String(totals.answered) },
    // Missed counts customers who never chatted too (the offline form), so it can exceed started − answered: say of what.
    { label: s.missed, value: String(totals.missed), detail: s.missedDetail(totals.abandoned, totals.offline) },
    { label: s.waitAverage, value: formatSeconds(totals.waitAverageSeconds) },
    { label: s.waitP90, value: formatSeconds(totals.waitP90Seconds) },
    { label: s.handlingAverage, value: formatSeconds(totals.handlingAverageSeconds) },
    { label: s.ratingAverage, value: formatRating(totals.ratingAverage) },
  ];
  return (
    <dl class="figures" aria-label={s.label}>
      {items.map((item) => (
        <div class="figure">
          <dt>{item.label}</dt>
          <dd>{item.value}</dd>
          {item.detail && <dd class="figure-detail">{item.detail}</dd>}
        </div>
      ))}
    </dl>
  );
}
