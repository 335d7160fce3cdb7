/**
 * One chart: its title, a legend that does not rely on colour (each series has its own fill
 * pattern and name), the picture, and the same figures as a table for screen readers.
 */
import type { ComponentChildren } from 'preact';
import { t } from '../strings';

export interface FigureTable { columns: string[]; rows: (string | number)[][] }
export interface LegendEntry { name: string; fill: string }

interface Props {
  id: string;
  title: string;
  legend?: LegendEntry[];
  note?: string;
  table: FigureTable;
  children: ComponentChildren;
}

export function ChartFigure({ id, title, legend, note, table, children }: Props) {
  return (
    <figure class="chart" aria-labelledby={`${id}-title`} data-chart={id}>
      <h3 id={`${id}-title`}>{title}</h3>
      {legend && legend.length > 1 && (
        <ul class="legend" aria-hidden="true">
          {legend.map((entry) => (
            <li>
              <svg width="14" height="14" viewBox="0 0 14 14"><rect width="14" height="14" fill={entry.fill} stroke="currentColor" /></svg>
              {entry.name}
            </li>
          ))}
        </ul>
      )}
      {note && <p class="muted small">{note}</p>}
      {children}
      {/* Visually hidden by its wrapper: a table keeps its content's width whatever its own box says, and would widen the page. */}
      <div class="sr-only"><table>
        <caption>{t.statistics.figuresTable(title)}</caption>
        <thead>
          <tr>{table.columns.map((column) => <th scope="col">{column}</th>)}</tr>
        </thead>
        <tbody>
          {table.rows.map((row) => (
            <tr>{row.map((cell, i) => (i === 0 ? <th scope="row">{cell}</th> : <td>{cell}</td>))}</tr>
          ))}
        </tbody>
      </table></div>
    </figure>
  );
}
