import { csvCell, csvFileName, statsCsv } from '../../../web-agent/src/stats-csv';
import type { StatsFigures } from '../../../functions/protocol/stats';

const figures: StatsFigures = {
  from: '2026-11-01', to: '2026-11-02', timeZone: 'Europe/Amsterdam', today: '2026-11-02', granularity: 'day', demo: false,
  totals: { started: 5, answered: 4, abandoned: 1, offline: 2, ended: 5, missed: 3, ratings: 2, ratingAverage: 4.5, waitAverageSeconds: 30, waitP90Seconds: 55, handlingAverageSeconds: 240 },
  periods: [
    { period: '2026-11-01', started: 5, answered: 4, abandoned: 1, offline: 2, waitAverageSeconds: 30, waitP90Seconds: 55, handlingAverageSeconds: 240 },
    { period: '2026-11-02', started: 0, answered: 0, abandoned: 0, offline: 0 },
  ],
  busiestHours: Array.from({ length: 7 }, (_, d) => Array.from({ length: 24 }, (_, h) => (d === 6 && h === 10 ? 5 : 0))),
  ratings: [0, 0, 0, 1, 1],
  agents: [{ id: 'a', name: 'Jansen, Bram', chats: 4, ratings: 2, ratingAverage: 4.5 }],
};

describe('csvCell', () => {
  test('quotes a cell holding a comma or a quote, doubling the quote', () => {
    expect(csvCell('Jansen, Bram')).toBe('"Jansen, Bram"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
  });

  test('defuses a name a spreadsheet would run as a formula', () => {
    expect(csvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
  });

  test('leaves a missing figure empty and numbers as they are, negative ones included', () => {
    expect(csvCell(undefined)).toBe('');
    expect(csvCell(-3)).toBe('-3');
  });
});

describe('statsCsv', () => {
  const lines = statsCsv(figures).split('\r\n');

  test('has a row per period with the figures, missing averages left empty', () => {
    expect(lines).toContain('2026-11-01,5,4,1,2,30,55,240');
    expect(lines).toContain('2026-11-02,0,0,0,0,,,');
  });

  test('names the channel as the admin named it', () => {
    expect(statsCsv({ ...figures, channel: 'nl' }, 'Klantenservice NL').split('\r\n')[0]).toBe('Parley statistics,2026-11-01 to 2026-11-02,Klantenservice NL,Europe/Amsterdam');
  });

  test('has the busiest hours by weekday, ratings and agents', () => {
    expect(lines.find((l) => l.startsWith('Sunday,'))?.split(',')[11]).toBe('5');
    expect(lines).toContain('5,1');
    expect(lines).toContain('Agent,Chats handled,Ratings,Average rating');
    expect(lines).toContain('"Jansen, Bram",4,2,4.5');
  });

  test('is named after its range', () => {
    expect(csvFileName(figures)).toBe('parley-statistics-2026-11-01-to-2026-11-02.csv');
  });

  test("is named after its channel too, when it has one, in characters any file system takes", () => {
    expect(csvFileName({ ...figures, channel: 'returns' })).toBe('parley-statistics-returns-2026-11-01-to-2026-11-02.csv');
    expect(csvFileName({ ...figures, channel: 'a/b c' })).toBe('parley-statistics-a_b_c-2026-11-01-to-2026-11-02.csv');
  });
});
