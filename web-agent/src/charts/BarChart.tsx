/** Vertical bars, one group per category and one bar per series, with a labelled axis; in SVG, no library. */
import { FILLS } from './patterns';
import { gridValues, labelEvery } from './scale';

export interface BarSeries { name: string; values: (number | undefined)[] }

interface Props {
  categories: string[];
  series: BarSeries[];
  format?: (value: number) => string;
  /** Values are seconds: the axis then steps in whole minutes once past two minutes. Otherwise they are counts, and the axis shows whole numbers. */
  seconds?: boolean;
}

const WIDTH = 640;
const HEIGHT = 220;
const LEFT = 70;
const BOTTOM = 28;
const TOP = 14;
/** With this few bars there is room to print each bar's value above it. */
const VALUE_LABELS_UP_TO = 16;

export function BarChart({ categories, series, format = String, seconds }: Props) {
  const highest = Math.max(0, ...series.flatMap((s) => s.values.map((v) => v ?? 0)));
  const grid = gridValues(highest, seconds);
  const max = grid[2];
  const plotWidth = WIDTH - LEFT - 8;
  const plotHeight = HEIGHT - TOP - BOTTOM;
  const group = plotWidth / Math.max(1, categories.length);
  const bar = (group * 0.8) / series.length;
  const y = (value: number) => TOP + plotHeight - (value / max) * plotHeight;
  const every = labelEvery(categories.length, 12);
  const withValues = categories.length * series.length <= VALUE_LABELS_UP_TO;

  return (
    <svg class="bar-chart" viewBox={`0 0 ${WIDTH} ${HEIGHT}`} aria-hidden="true">
      {grid.map((value) => (
        <g class="grid">
          <line x1={LEFT} x2={WIDTH - 8} y1={y(value)} y2={y(value)} />
          <text x={LEFT - 6} y={y(value) + 4} text-anchor="end">{format(value)}</text>
        </g>
      ))}
      {categories.map((category, c) => (
        <g>
          {series.map((s, i) => {
            const value = s.values[c];
            if (value === undefined) return null;
            const x = LEFT + c * group + group * 0.1 + i * bar;
            return (
              <g>
                <rect class="bar" x={x} y={y(value)} width={Math.max(1, bar - 1)} height={TOP + plotHeight - y(value)} fill={FILLS[i % FILLS.length]} stroke="var(--chart-edge)">
                  <title>{`${category} — ${s.name}: ${format(value)}`}</title>
                </rect>
                {withValues && <text class="value" x={x + bar / 2} y={y(value) - 3} text-anchor="middle">{format(value)}</text>}
              </g>
            );
          })}
          {c % every === 0 && <text class="axis" x={LEFT + c * group + group / 2} y={HEIGHT - 8} text-anchor="middle">{category}</text>}
        </g>
      ))}
    </svg>
  );
}
