import { niceMax } from '../../../web-agent/src/charts/scale';
import { formatRating, formatSeconds, periodLabel } from '../../../web-agent/src/stats-format';

describe('formatSeconds', () => {
  test('writes seconds, minutes and hours as people say them', () => {
    expect(formatSeconds(45)).toBe('45 s');
    expect(formatSeconds(200)).toBe('3 min 20 s');
    expect(formatSeconds(120)).toBe('2 min');
    expect(formatSeconds(3900)).toBe('1 h 5 min');
  });

  test('writes a dash for a figure there is none of', () => {
    expect(formatSeconds(undefined)).toBe('–');
  });
});

describe('niceMax', () => {
  test('rounds the axis up to 1, 2, 2.5 or 5 times a power of ten', () => {
    expect([7, 13, 21, 40, 101].map(niceMax)).toEqual([10, 20, 25, 50, 200]);
  });

  test('gives an empty chart an axis of 1 rather than 0', () => {
    expect(niceMax(0)).toBe(1);
  });
});

test('an average rating has one decimal, with the decimal sign of the console\'s language', () => {
  expect([formatRating(3.84), formatRating(4), formatRating(undefined)]).toEqual(['3.8', '4.0', '–']);
  expect(formatRating(3.84, 'nl-NL')).toBe('3,8');
});

test('a period reads as a short day or a month with its year', () => {
  expect(periodLabel('2026-11-05')).toBe('5 Nov');
  expect(periodLabel('2026-11')).toBe('Nov 2026');
});
