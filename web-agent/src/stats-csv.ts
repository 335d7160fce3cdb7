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

/** `channelName`: the chosen channel as the admin named it (the figures carry its id). */
export function statsCsv(figures: StatsFigures, channelName = figures.channel): string {
  const s = t.statistics;
  const c = s.csv;
  const lines: string[] = [
    line([c.title, c.range(figures.from, figures.to), channelName ?? s.allChannels, figures.timeZone]),
    '',
    line([s.columns.period, c.started, c.answered, c.abandoned, c.offline, c.waitAverage, c.waitP90, c.handlingAverage]),
    ...figures.periods.map((p) => line([p.period, p.started, p.answered, p.abandoned, p.offline, p.waitAverageSeconds, p.waitP90Seconds, p.handlingAverageSeconds])),
    line([c.total, figures.totals.started, figures.totals.answered, figures.totals.abandoned, figures.totals.offline, figures.totals.waitAverageSeconds, figures.totals.waitP90Seconds, figures.totals.handlingAverageSeconds]),
    '',
    line([`${s.columns.weekday} \\ ${s.columns.hour}`, ...Array.from({ length: 24 }, (_, h) => String(h).padStart(2, '0'))]),
    ...figures.busiestHours.map((row, day) => line([s.weekdays[day], ...row])),
    '',
    line([s.columns.rating, c.chats]),
    ...figures.ratings.map((count, i) => line([i + 1, count])),
    '',
    line([s.columns.agent, c.handled, c.ratings, c.ratingAverage]),
    ...figures.agents.map((a) => line([a.name, a.chats, a.ratings, a.ratingAverage])),
  ];
  return `${lines.join('\r\n')}\r\n`;
}

/** Named after its channel (when one) and range, so one export per channel gives files that stand apart. */
export const csvFileName = (figures: StatsFigures) =>
  `parley-statistics-${figures.channel ? `${figures.channel.replace(/[^A-Za-z0-9_-]/g, '_')}-` : ''}${figures.from}-to-${figures.to}.csv`;
