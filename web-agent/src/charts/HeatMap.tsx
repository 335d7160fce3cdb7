/** Weekday × hour grid: darker means more, and every cell with chats prints its count, so colour is never the only cue. */
import { niceMax } from './scale';

interface Props { rows: string[]; values: number[][] }

const CELL = 24;
const LEFT = 40;
const TOP = 18;

export function HeatMap({ rows, values }: Props) {
  const max = niceMax(Math.max(0, ...values.flat()));
  return (
    <svg class="heat-map" viewBox={`0 0 ${LEFT + 24 * CELL} ${TOP + rows.length * CELL}`} aria-hidden="true">
      {Array.from({ length: 24 }, (_, hour) => hour % 3 === 0 && (
        <text class="axis" x={LEFT + hour * CELL + CELL / 2} y={12} text-anchor="middle">{String(hour).padStart(2, '0')}</text>
      ))}
      {rows.map((row, r) => (
        <g>
          <text class="axis" x={LEFT - 6} y={TOP + r * CELL + CELL / 2 + 4} text-anchor="end">{row}</text>
          {values[r].map((value, hour) => (
            <g>
              <rect class="cell" x={LEFT + hour * CELL} y={TOP + r * CELL} width={CELL - 2} height={CELL - 2} fill="var(--chart-1)" fill-opacity={value === 0 ? 0.04 : 0.15 + 0.85 * (value / max)}>
                <title>{`${row} ${String(hour).padStart(2, '0')}:00 — ${value}`}</title>
              </rect>
              {value > 0 && (
                <text class={value / max > 0.55 ? 'count dark' : 'count'} x={LEFT + hour * CELL + (CELL - 2) / 2} y={TOP + r * CELL + CELL / 2 + 3} text-anchor="middle">{value}</text>
              )}
            </g>
          ))}
        </g>
      ))}
    </svg>
  );
}
