/**
 * Calendar arithmetic in the tenant's time zone, with nothing but Intl: which local day and hour an
 * instant falls in, and the instant a local day starts (23 or 25 hours later on a DST change).
 */

export const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;

export interface LocalParts { date: string; hour: number; /** 0 = Monday … 6 = Sunday */ weekday: number }

const formatters = new Map<string, Intl.DateTimeFormat>();
const WEEKDAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];

function formatter(timeZone: string): Intl.DateTimeFormat {
  let format = formatters.get(timeZone);
  if (!format) {
    // Throws a RangeError for a zone Intl does not know, which is what a bad setting should do.
    format = new Intl.DateTimeFormat('en-US', {
      timeZone, hourCycle: 'h23', weekday: 'short', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit',
    });
    formatters.set(timeZone, format);
  }
  return format;
}

function fields(at: number, timeZone: string): Record<string, string> {
  return Object.fromEntries(formatter(timeZone).formatToParts(at).map((p) => [p.type, p.value]));
}

/** The local date (YYYY-MM-DD), hour and weekday of an instant. */
export function localParts(at: number, timeZone: string): LocalParts {
  const f = fields(at, timeZone);
  return { date: `${f.year}-${f.month}-${f.day}`, hour: Number(f.hour), weekday: WEEKDAYS.indexOf(f.weekday) };
}

/** The local date (YYYY-MM-DD) and time (HH:MM) of an instant. */
export function localDateTime(at: number, timeZone: string): { date: string; time: string } {
  const f = fields(at, timeZone);
  return { date: `${f.year}-${f.month}-${f.day}`, time: `${f.hour}:${f.minute}` };
}

/** How far local time is ahead of UTC at that instant, in ms. */
function offsetAt(at: number, timeZone: string): number {
  const f = fields(at, timeZone);
  const asUtc = Date.UTC(Number(f.year), Number(f.month) - 1, Number(f.day), Number(f.hour), Number(f.minute));
  return asUtc - Math.floor(at / 60_000) * 60_000;
}

/** The instant a local date's first hour begins. */
export function startOfLocalDay(date: string, timeZone: string): number {
  const midnightUtc = Date.parse(`${date}T00:00:00Z`);
  const guess = midnightUtc - offsetAt(midnightUtc, timeZone);
  // The offset at the guess may differ from the one at UTC midnight when a change lies between.
  return midnightUtc - offsetAt(guess, timeZone);
}

/** The date `days` after a YYYY-MM-DD date (calendar days, no time zone involved). */
export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/** Calendar days from `from` to `to`, both included. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS) + 1;
}

export const isRealDate = (date: string) => !Number.isNaN(Date.parse(`${date}T00:00:00Z`)) && new Date(`${date}T00:00:00Z`).toISOString().startsWith(date);

export const hourStart = (at: number) => Math.floor(at / HOUR_MS) * HOUR_MS;
