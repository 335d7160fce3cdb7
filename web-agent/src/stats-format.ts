/** How the Statistics tab writes its figures. */
import { dateLocale } from './language';
import { formatDuration } from './contact-format';
import { t } from './strings';

/** A duration in seconds as the person card writes a chat's ("45 s", "3 min 20 s", "1 h 5 min"); a dash when there is none. */
export const formatSeconds = (seconds: number | undefined): string => (seconds === undefined ? '–' : formatDuration(seconds));

/** An average rating with one decimal, written as the console's language writes decimals ("3.8", "3,8"). */
export const formatRating = (average: number | undefined, locale = dateLocale) =>
  average === undefined ? '–' : average.toLocaleString(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 });

/** "2026-11-25" → "25 Nov", "2026-11" → "Nov 2026", for axis labels. */
export function periodLabel(period: string): string {
  const [year, month, day] = period.split('-').map(Number);
  const date = new Date(Date.UTC(year, month - 1, day ?? 1));
  return day
    ? date.toLocaleDateString(dateLocale, { day: 'numeric', month: 'short', timeZone: 'UTC' })
    : date.toLocaleDateString(dateLocale, { month: 'short', year: 'numeric', timeZone: 'UTC' });
}

export const starsLabel = (index: number) => t.statistics.stars(index + 1);
