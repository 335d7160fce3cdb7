/** The Statistics tab's date range: quick ranges, and checking a chosen one before asking the server. */
import { MAX_STATS_DAYS } from '../../functions/protocol/constants';

export interface StatsRange { from: string; to: string; channel?: string }

const DAY_MS = 86_400_000;
/** The date `days` after `date` (before, when negative). */
export const shiftDate = (date: string, days: number) => new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);

/** How many days `to` is after `from`. */
export const daysBetween = (from: string, to: string) => Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);

/** Today as the browser's calendar has it, YYYY-MM-DD. */
export function localToday(now = new Date()): string {
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

/** The last `days` days up to and including today. */
export const lastDays = (days: number, today = localToday()): StatsRange => ({ from: shiftDate(today, 1 - days), to: today });

/** Today and the eleven whole months before it. */
export function lastTwelveMonths(today = localToday()): StatsRange {
  const [year, month] = today.split('-').map(Number);
  const start = new Date(Date.UTC(year, month - 12, 1)).toISOString().slice(0, 10);
  return { from: start, to: today };
}

/** A range the server accepts: real dates, `to` not before `from`, at most MAX_STATS_DAYS days. */
export function isValidRange(range: StatsRange): boolean {
  const from = Date.parse(`${range.from}T00:00:00Z`);
  const to = Date.parse(`${range.to}T00:00:00Z`);
  if (Number.isNaN(from) || Number.isNaN(to) || to < from) return false;
  return (to - from) / DAY_MS + 1 <= MAX_STATS_DAYS;
}
