import { addDays, daysBetween, isRealDate, localParts, startOfLocalDay } from '../../../../functions/domain/stats/zoned-time';

const AMSTERDAM = 'Europe/Amsterdam';
const HOUR = 3_600_000;

describe('localParts', () => {
  test('puts 23:30 UTC on a summer evening on the next day in Amsterdam', () => {
    expect(localParts(Date.parse('2026-07-14T23:30:00Z'), AMSTERDAM)).toEqual({ date: '2026-07-15', hour: 1, weekday: 2 });
  });

  test('puts 23:30 UTC in winter on the next day too, one hour ahead instead of two', () => {
    expect(localParts(Date.parse('2026-01-05T23:30:00Z'), AMSTERDAM)).toEqual({ date: '2026-01-06', hour: 0, weekday: 1 });
  });

  test('counts weekdays from Monday: a Sunday is 6', () => {
    expect(localParts(Date.parse('2026-11-29T12:00:00Z'), AMSTERDAM).weekday).toBe(6);
  });
});

describe('startOfLocalDay', () => {
  test('is 23:00 UTC the evening before in winter and 22:00 UTC in summer', () => {
    expect(new Date(startOfLocalDay('2026-01-06', AMSTERDAM)).toISOString()).toBe('2026-01-05T23:00:00.000Z');
    expect(new Date(startOfLocalDay('2026-07-15', AMSTERDAM)).toISOString()).toBe('2026-07-14T22:00:00.000Z');
  });

  test('makes the day the clocks go forward 23 hours long and the day they go back 25', () => {
    expect(startOfLocalDay('2026-03-30', AMSTERDAM) - startOfLocalDay('2026-03-29', AMSTERDAM)).toBe(23 * HOUR);
    expect(startOfLocalDay('2026-10-26', AMSTERDAM) - startOfLocalDay('2026-10-25', AMSTERDAM)).toBe(25 * HOUR);
  });

  test('puts the last instant before a local midnight on the earlier day, across the DST change too', () => {
    for (const date of ['2026-03-29', '2026-10-25', '2026-10-26']) {
      const start = startOfLocalDay(date, AMSTERDAM);
      expect(localParts(start, AMSTERDAM)).toMatchObject({ date, hour: 0 });
      expect(localParts(start - 1, AMSTERDAM).date).toBe(addDays(date, -1));
    }
  });

  test('works for a zone behind UTC as well', () => {
    expect(new Date(startOfLocalDay('2026-11-25', 'America/New_York')).toISOString()).toBe('2026-11-25T05:00:00.000Z');
  });
});

describe('calendar days', () => {
  test('count both ends and step over month and year ends', () => {
    expect(daysBetween('2026-11-25', '2026-11-25')).toBe(1);
    expect(daysBetween('2026-12-30', '2027-01-02')).toBe(4);
    expect(addDays('2026-02-28', 1)).toBe('2026-03-01');
  });

  test('refuse dates that do not exist', () => {
    expect(isRealDate('2026-02-30')).toBe(false);
    expect(isRealDate('2026-02-28')).toBe(true);
  });
});
