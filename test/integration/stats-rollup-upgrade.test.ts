/**
 * Hours counted before roll-ups — one item an hour, or four — are read as they are until the
 * sweeper has rolled them up, oldest first and a week of hours per sweep, and read the same after.
 */
import type { TestRuntime } from '../support/runtime';
import { statsWorldPerTest, type StatsWorld } from '../support/stats-hours';
import { statsHourSk, statsSk } from '../../functions/store/keys';

const H = 3_600_000;
const MIN = 60_000;
const HOUR = Date.UTC(2026, 10, 20, 9);
/** One item an hour, holding full event keys: the first layout. */
const SINGLE = HOUR - 20 * 24 * H;
/** Four items an hour, holding digests. */
const FOUR = HOUR - 2 * H;
const FROM = '2026-10-31';
const TO = '2026-11-20';
let runtime: TestRuntime;
let stats: StatsWorld;
statsWorldPerTest(HOUR + 30 * MIN, (fresh, world) => {
  runtime = fresh;
  stats = world;
});

async function putOlderLayouts() {
  await stats.put({ sk: statsHourSk(SINGLE), hour: SINGLE, started: 3, answered: 2, closed: 2, 'agent#a1#chats': 2, 'agent#a1#name': 'Anna', seen: new Set(['started:c1', 'started:c2', 'started:c3']) });
  for (let shard = 0; shard < 4; shard++) {
    await stats.put({ sk: `${statsHourSk(FOUR)}#${shard}`, hour: FOUR, started: 1, answered: 1, closed: shard === 0 ? 1 : 0, seen: new Set([`dgst000${shard}`]) });
  }
}

/** Sweeps until the newest of the older hours is rolled up; returns how many that took. */
async function sweepUntilCaughtUp(at: number): Promise<number> {
  for (let sweeps = 1; sweeps <= 10; sweeps++) {
    await stats.sweepAt(at);
    if ((await stats.items(statsSk('R', FOUR))).length) return sweeps;
  }
  throw new Error('not caught up in 10 sweeps');
}

test('hours in one item and in four are read before their roll-up, and the same after', async () => {
  await putOlderLayouts();
  const viewBefore = await stats.figures(FROM, TO);
  const liveBefore = await stats.live();

  await sweepUntilCaughtUp(HOUR + 30 * MIN);

  expect(viewBefore.totals).toMatchObject({ started: 7, answered: 6 });
  expect(viewBefore.agents).toEqual([expect.objectContaining({ name: 'Anna', chats: 2 })]);
  expect(liveBefore.activeChats).toBe(3);
  expect(await stats.items(statsSk('R', SINGLE))).toEqual([expect.objectContaining({ started: 3, answered: 2 })]);
  expect(await stats.items(statsSk('R', FOUR))).toEqual([expect.objectContaining({ started: 4, answered: 4, closed: 1 })]);
  expect(await stats.figures(FROM, TO)).toEqual(viewBefore);
  expect(await stats.live()).toEqual(liveBefore);
});

test('the first sweeps catch up from the oldest hour, a week of hours each, and the figures hold in between', async () => {
  await putOlderLayouts();
  const viewBefore = await stats.figures(FROM, TO);

  const first = await stats.sweepAt(HOUR + 30 * MIN);

  expect(first.statsHoursRolledUp).toBe(1);
  expect(await stats.items(statsSk('R', SINGLE))).toHaveLength(1);
  expect(await stats.items(statsSk('R', FOUR))).toEqual([]);
  expect(await stats.figures(FROM, TO)).toEqual(viewBefore);
  // 20 days of hours at a week of hours a sweep: three sweeps in all.
  expect(await sweepUntilCaughtUp(HOUR + 30 * MIN)).toBe(2);
});

test('a count the writer of the version before makes while the upgrade is deployed is read, and rolled up', async () => {
  await stats.sweepAt(HOUR + 30 * MIN);

  await stats.put({ sk: `${statsHourSk(HOUR)}#1`, hour: HOUR, started: 1, seen: new Set(['dgst0001']) });

  expect((await stats.figures(TO)).totals.started).toBe(1);
  await stats.sweepAt(HOUR + H + 15 * MIN);
  expect(await stats.items(statsSk('R', HOUR))).toEqual([expect.objectContaining({ started: 1 })]);
  expect((await stats.figures(TO)).totals.started).toBe(1);
});
