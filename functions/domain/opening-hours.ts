/**
 * Whether a channel is open at an instant, read on the channel's own wall clock: Intl converts the
 * instant to the time zone, so a DST change moves nothing (09:00 stays 09:00 local).
 */
import { rangeEnd, type OpeningHours, type TimeRange, type Weekday } from '../protocol/channels';

const WEEKDAY_BY_SHORT: Record<string, Weekday> = { Mon: 'mon', Tue: 'tue', Wed: 'wed', Thu: 'thu', Fri: 'fri', Sat: 'sat', Sun: 'sun' };

export interface LocalTime {
  /** YYYY-MM-DD in the zone. */
  date: string;
  weekday: Weekday;
  /** HH:MM in the zone, 24-hour. */
  time: string;
}

/** The wall-clock date, weekday and time of `instant` in `timeZone`. */
export function localTime(instant: number, timeZone: string): LocalTime {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', {
      timeZone, weekday: 'short', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23',
    }).formatToParts(new Date(instant)).map((part) => [part.type, part.value]),
  );
  return { date: `${parts.year}-${parts.month}-${parts.day}`, weekday: WEEKDAY_BY_SHORT[parts.weekday], time: `${parts.hour}:${parts.minute}` };
}

const within = (time: string, range: TimeRange) => time >= range.start && time < rangeEnd(range);

/** Open at `instant`: hours off, or a listed day, inside its hours, outside lunch, not a closed date. */
export function isOpen(hours: OpeningHours, instant: number): boolean {
  if (!hours.enabled) return true;
  const local = localTime(instant, hours.timeZone);
  if (hours.closedDates.includes(local.date)) return false;
  const today = hours.days[local.weekday];
  if (!today || !within(local.time, today)) return false;
  return !(hours.lunch && within(local.time, hours.lunch));
}
