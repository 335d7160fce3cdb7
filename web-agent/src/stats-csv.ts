/** Export CSV: the Statistics figures of the chosen range as one file, a section per chart. */
import type { StatsFigures } from '../../functions/protocol/stats';
import { t } from './strings';

type Cell = string | number | undefined;

/** RFC 4180 quoting; a leading = + - @ is defused so a spreadsheet never runs an agent's name as a formula. */
export function csvCell(value: Cell): string {
  if (value === undefined) return '';
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

const line = (cells: Cell[]) => cells.map(csvCell).join(',');

export function statsCsv(figures: StatsFigures): string {
  const s = t.statistics;
  const lines: string[] = [
    line(['Parley statistics', `${figures.from} to ${figures.to}`, figures.channel ?? s.allChannels, figures.timeZone]),
    '',
    line([s.columns.period, 'Chats started', 'Chats answered', 'Abandoned in queue', 'Offline form requests', 'Average wait (s)', '90th percentile wait (s)', 'Average handling time (s)']),
    ...figures.periods.map((p) => line([p.period, p.started, p.answered, p.abandoned, p.offline, p.waitAverageSeconds, p.waitP90Seconds, p.handlingAverageSeconds])),
    line(['Total', figures.totals.started, figures.totals.answered, figures.totals.abandoned, figures.totals.offline, figures.totals.waitAverageSeconds, figures.totals.waitP90Seconds, figures.totals.handlingAverageSeconds]),
    '',
    line([`${s.columns.weekday} \\ ${s.columns.hour}`, ...Array.from({ length: 24 }, (_, h) => String(h).padStart(2, '0'))]),
    ...figures.busiestHours.map((row, day) => line([s.weekdays[day], ...row])),
    '',
    line([s.columns.rating, 'Chats']),
    ...figures.ratings.map((count, i) => line([i + 1, count])),
    '',
    line([s.columns.agent, 'Chats', 'Ratings', 'Average rating']),
    ...figures.agents.map((a) => line([a.name, a.chats, a.ratings, a.ratingAverage])),
  ];
  return `${lines.join('\r\n')}\r\n`;
}

export const csvFileName = (figures: StatsFigures) => `parley-statistics-${figures.from}-to-${figures.to}.csv`;
