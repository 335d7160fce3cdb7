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
    { label: s.missed, value: String(totals.missed) },
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
        </div>
      ))}
    </dl>
  );
}
