/**
 * A roll-up holds every counter of its hour, agents' included, so it grows with the team; the
 * Dashboard's live figures add up three days of hours on every answer and end. So each roll-up gets
 * a small live item beside it, and the live figures read that instead; hours rolled up before live
 * items existed are read from their roll-ups.
 */
import { statsWorldPerTest, type StatsWorld } from '../support/stats-hours';
import { statsSk } from '../../functions/store/keys';

const H = 3_600_000;
const MIN = 60_000;
const HOUR = Date.UTC(2026, 10, 20, 9);
const DAY = '2026-11-20';
let stats: StatsWorld;
const clock = statsWorldPerTest(HOUR + 30 * MIN, (_runtime, world) => {
  stats = world;
});

const base = (chatId: string, answeredAt: number) => ({
  version: 1, chatId, channel: 'default', agent: { id: 'agent-1', name: 'Anna' }, startedAt: answeredAt - 30_000, queuedAt: answeredAt - 30_000, answeredAt,
});
const ended = (chatId: string, answeredAt: number, endedAt: number) => ({
  ...base(chatId, answeredAt), customer: { name: 'Mila', email: 'mila@example.com' }, endedAt, endedBy: 'agent', messages: 6,
});

/** Three chats answered in `hour`, one of them ended in it: two still going on. */
async function countThreeChats(hour: number) {
  for (let i = 0; i < 3; i++) await stats.deliver('chat.answered', base(`live-${hour}-${i}`, hour + (10 + i) * MIN));
  await stats.deliver('chat.ended', ended(`live-${hour}-0`, hour + 10 * MIN, hour + 20 * MIN));
}

test('a roll-up writes beside it a live item holding only the counters the live figures add up', async () => {
  await countThreeChats(HOUR);

  await stats.sweepAt(HOUR + 2 * H);

  const [live] = await stats.items(statsSk('V', HOUR));
  expect(live).toEqual({ pk: 'STATS#default', sk: statsSk('V', HOUR), hour: HOUR, answered: 3, closed: 1 });
  expect(await stats.items(statsSk('R', HOUR))).toEqual([expect.objectContaining({ answered: 3, closed: 1, ended: 1, 'agent#agent-1#chats': 1 })]);
  // A channel's first roll-up: none before it lacks a live item, so the live figures never read roll-ups.
  expect((await stats.items('MARK#ROLLUP'))[0]).toMatchObject({ liveFrom: 0 });
});

test('once an hour is rolled up, the live figures read its live item and the Statistics view its roll-up', async () => {
  await countThreeChats(HOUR);
  await stats.sweepAt(HOUR + 2 * H);
  await stats.sweepAt(HOUR + 2 * H + MIN);
  clock.standAt(HOUR + 2 * H + MIN);
  const [rollup] = await stats.items(statsSk('R', HOUR));

  // Told apart by making the roll-up say otherwise: each reader shows what its own item holds.
  await stats.put({ ...rollup, answered: 7 });

  expect((await stats.live()).activeChats).toBe(2);
  expect((await stats.figures(DAY)).totals.answered).toBe(7);
});

test('hours rolled up before live items existed still count in the live figures, before and after the next sweep', async () => {
  const earlier = HOUR - 2 * H;
  // As the sweeper of the version before left them: roll-ups only, and a mark without liveFrom.
  await stats.put({ sk: statsSk('R', earlier), hour: earlier, answered: 4, closed: 1, ended: 1 });
  await stats.put({ sk: 'MARK#ROLLUP', rolledTo: earlier + H, pendingTo: earlier + H, legacyTo: earlier });
  clock.standAt(HOUR - 30 * MIN);
  await countThreeChats(HOUR - H);
  clock.standAt(HOUR + 30 * MIN);
  const before = await stats.live();

  await stats.sweepAt(HOUR + 30 * MIN);
  await stats.sweepAt(HOUR + 31 * MIN);

  expect(before.activeChats).toBe(3 + 2);
  expect(await stats.items(statsSk('V', earlier))).toEqual([]);
  expect(await stats.items(statsSk('V', HOUR - H))).toEqual([expect.objectContaining({ answered: 3, closed: 1 })]);
  expect((await stats.items('MARK#ROLLUP'))[0]).toMatchObject({ liveFrom: HOUR - H });
  expect(await stats.live()).toEqual(before);
});
