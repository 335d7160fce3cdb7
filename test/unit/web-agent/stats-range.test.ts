import { isValidRange, lastDays, lastTwelveMonths } from '../../../web-agent/src/stats-range';

test('the last 7 days end today and start six days before', () => {
  expect(lastDays(7, '2026-03-02')).toEqual({ from: '2026-02-24', to: '2026-03-02' });
});

test('the last 12 months start on the first of the month eleven months back', () => {
  expect(lastTwelveMonths('2026-11-25')).toEqual({ from: '2025-12-01', to: '2026-11-25' });
});

test('a range may not end before it starts nor span more than 400 days', () => {
  expect(isValidRange({ from: '2026-11-02', to: '2026-11-01' })).toBe(false);
  expect(isValidRange({ from: '2025-01-01', to: '2026-02-04' })).toBe(true);
  expect(isValidRange({ from: '2025-01-01', to: '2026-02-05' })).toBe(false);
});
