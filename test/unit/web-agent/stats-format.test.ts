import { gridValues, niceMax, wholeMax } from '../../../web-agent/src/charts/scale';
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

describe('wholeMax', () => {
  test('rounds a count axis up to 2, 4, 6, 8 or 10 times a power of ten', () => {
    expect([1, 3, 5, 7, 10, 11, 21, 45, 101].map(wholeMax)).toEqual([2, 4, 6, 8, 10, 20, 40, 60, 200]);
  });

  test('gives an empty chart an axis of 2', () => {
    expect(wholeMax(0)).toBe(2);
  });
});

describe('gridValues', () => {
  test('a count chart with one missed chat has ticks 0, 1 and 2, never 0.5', () => {
    expect(gridValues(1)).toEqual([0, 1, 2]);
  });

  test('every tick of a count chart is a whole number at or above the highest count', () => {
    for (let highest = 0; highest <= 1000; highest++) {
      const ticks = gridValues(highest);
      expect(ticks.every(Number.isInteger)).toBe(true);
      expect(ticks[2]).toBeGreaterThanOrEqual(highest);
    }
  });

  test('a seconds chart steps in whole minutes once past two minutes', () => {
    expect(gridValues(150, true)).toEqual([0, 120, 240]);
    expect(gridValues(25, true)).toEqual([0, 20, 40]);
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
