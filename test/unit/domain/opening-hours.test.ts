import { isOpen, localTime } from '../../../functions/domain/opening-hours';
import type { OpeningHours } from '../../../functions/protocol/channels';

const weekdays = { start: '09:00', end: '17:00' };
const hours: OpeningHours = {
  enabled: true,
  timeZone: 'Europe/Amsterdam',
  days: { mon: weekdays, tue: weekdays, wed: weekdays, thu: weekdays, fri: weekdays, sat: { start: '10:00', end: '13:00' } },
  lunch: { start: '12:30', end: '13:00' },
  closedDates: ['2026-12-25'],
};
const at = (iso: string) => Date.parse(iso);

describe('localTime', () => {
  test('reads the wall clock of the zone, not of the machine', () => {
    expect(localTime(at('2026-11-25T08:30:00Z'), 'Europe/Amsterdam')).toEqual({ date: '2026-11-25', weekday: 'wed', time: '09:30' });
    expect(localTime(at('2026-11-25T08:30:00Z'), 'America/New_York')).toEqual({ date: '2026-11-25', weekday: 'wed', time: '03:30' });
  });

  test('crosses midnight into the next day east of UTC', () => {
    expect(localTime(at('2026-11-24T23:30:00Z'), 'Europe/Amsterdam')).toEqual({ date: '2026-11-25', weekday: 'wed', time: '00:30' });
  });
});

describe('isOpen', () => {
  test('open inside the day\'s hours, closed before and at closing time', () => {
    expect(isOpen(hours, at('2026-11-25T08:00:00Z'))).toBe(true); // 09:00 local
    expect(isOpen(hours, at('2026-11-25T07:59:00Z'))).toBe(false); // 08:59
    expect(isOpen(hours, at('2026-11-25T16:00:00Z'))).toBe(false); // 17:00
  });

  test('closed over lunch', () => {
    expect(isOpen(hours, at('2026-11-25T11:29:00Z'))).toBe(true); // 12:29
    expect(isOpen(hours, at('2026-11-25T11:30:00Z'))).toBe(false); // 12:30
    expect(isOpen(hours, at('2026-11-25T12:00:00Z'))).toBe(true); // 13:00
  });

  test('an end of 00:00 is midnight: open until the day ends, and all day from 00:00 to 00:00', () => {
    const evenings: OpeningHours = { ...hours, days: { wed: { start: '22:00', end: '00:00' }, thu: { start: '00:00', end: '00:00' } }, lunch: undefined };
    expect(isOpen(evenings, at('2026-11-25T20:59:00Z'))).toBe(false); // Wednesday 21:59
    expect(isOpen(evenings, at('2026-11-25T22:59:00Z'))).toBe(true); // Wednesday 23:59
    expect(isOpen(evenings, at('2026-11-26T00:00:00Z'))).toBe(true); // Thursday 01:00
    expect(isOpen(evenings, at('2026-11-26T22:59:00Z'))).toBe(true); // Thursday 23:59
    expect(isOpen(evenings, at('2026-11-26T23:00:00Z'))).toBe(false); // Friday 00:00
  });

  test('closed on a day without hours and on a closed date', () => {
    expect(isOpen(hours, at('2026-11-29T10:00:00Z'))).toBe(false); // Sunday 11:00
    expect(isOpen(hours, at('2026-12-25T10:00:00Z'))).toBe(false); // Friday, Christmas
  });

  test('keeps local hours across the change to winter time', () => {
    // Sunday 25 October 2026 Amsterdam goes from UTC+2 to UTC+1; the Monday before and after open at 09:00 local.
    expect(isOpen(hours, at('2026-10-19T07:00:00Z'))).toBe(true); // 09:00 CEST
    expect(isOpen(hours, at('2026-10-26T07:00:00Z'))).toBe(false); // 08:00 CET
    expect(isOpen(hours, at('2026-10-26T08:00:00Z'))).toBe(true); // 09:00 CET
  });

  test('keeps local hours across the change to summer time', () => {
    // Sunday 29 March 2026 Amsterdam goes from UTC+1 to UTC+2.
    expect(isOpen(hours, at('2026-03-27T15:59:00Z'))).toBe(true); // Friday 16:59 CET
    expect(isOpen(hours, at('2026-03-30T15:00:00Z'))).toBe(false); // Monday 17:00 CEST
    expect(isOpen(hours, at('2026-03-30T14:59:00Z'))).toBe(true); // Monday 16:59 CEST
  });

  test('always open when opening hours are off', () => {
    expect(isOpen({ ...hours, enabled: false }, at('2026-11-29T03:00:00Z'))).toBe(true);
  });
});
