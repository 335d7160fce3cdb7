import { dueHours, isRecent, placeOf, recentItemsExpireAt, ROLLUP_HOURS_PER_RUN, rollableBefore } from '../../../../functions/domain/stats/rollup-rules';

const HOUR = Date.UTC(2026, 10, 20, 9);
const H = 3_600_000;
const MIN = 60_000;

describe('isRecent', () => {
  test('a count during its hour goes to the recent items', () => {
    expect(isRecent(HOUR, HOUR + 30 * MIN)).toBe(true);
  });

  test('a count up to 10 minutes after its hour ends still goes to the recent items', () => {
    expect(isRecent(HOUR, HOUR + H + 10 * MIN - 1)).toBe(true);
  });

  test('a count from 10 minutes after its hour ends is late', () => {
    expect(isRecent(HOUR, HOUR + H + 10 * MIN)).toBe(false);
  });

  test('a count for an hour that has not begun (a clock a little ahead) goes to the recent items', () => {
    expect(isRecent(HOUR + H, HOUR + H - 2_000)).toBe(true);
  });
});

describe('placeOf', () => {
  test('a recent count carries when its item expires: a week after its hour ends, in epoch seconds', () => {
    expect(placeOf(HOUR, HOUR + MIN)).toEqual({ recent: true, expiresAt: (HOUR + H) / 1000 + 7 * 86_400 });
    expect(recentItemsExpireAt(HOUR)).toBe((HOUR + H) / 1000 + 7 * 86_400);
  });

  test('a late count carries no expiry', () => {
    expect(placeOf(HOUR, HOUR + 2 * H)).toEqual({ recent: false });
  });
});

describe('rollableBefore', () => {
  test('an hour is not rolled up until 15 minutes after it ends', () => {
    expect(rollableBefore(HOUR + H + 15 * MIN - 1)).toBe(HOUR);
  });

  test('an hour is rolled up from 15 minutes after it ends', () => {
    expect(rollableBefore(HOUR + H + 15 * MIN)).toBe(HOUR + H);
  });

  test('no hour is rolled up while a recent write to it may still land: the roll-up comes at least 5 minutes after the last recent decision', () => {
    for (let now = HOUR; now < HOUR + 3 * H; now += MIN) {
      const lastRecentDecision = HOUR + H + 10 * MIN - 1;
      const rollsHour = rollableBefore(now) > HOUR;
      if (rollsHour) expect(now - lastRecentDecision).toBeGreaterThanOrEqual(5 * MIN);
    }
  });
});

describe('dueHours', () => {
  test('a channel up to date has nothing due', () => {
    expect(dueHours(HOUR, HOUR + H + 14 * MIN)).toEqual({ from: HOUR, to: HOUR });
  });

  test('the hour just past its grace is due on its own', () => {
    expect(dueHours(HOUR, HOUR + H + 20 * MIN)).toEqual({ from: HOUR, to: HOUR + H });
  });

  test('a channel far behind catches up at most a week of hours per run, oldest first', () => {
    const from = HOUR - 400 * 24 * H;
    expect(dueHours(from, HOUR)).toEqual({ from, to: from + ROLLUP_HOURS_PER_RUN * H });
    expect(ROLLUP_HOURS_PER_RUN).toBe(168);
  });

  test('a mark ahead of the clock (a sweep stood earlier) never moves back', () => {
    expect(dueHours(HOUR + 5 * H, HOUR)).toEqual({ from: HOUR + 5 * H, to: HOUR + 5 * H });
  });
});
