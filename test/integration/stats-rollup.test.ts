/**
 * The sweeper rolls a finished hour's recent items into one item; what is counted after that goes
 * to the hour's late items. Every event is counted once wherever a redelivery meets it, and the
 * Statistics view and the live figures read the same before and after a roll-up.
 */
import type { TestRuntime } from '../support/runtime';
import { statsWorld, statsWorldPerTest, type StatsWorld } from '../support/stats-hours';
import { defaultChannelSettings } from '../../functions/protocol/channel-defaults';
import { api } from '../support/clients';
import { statsSk } from '../../functions/store/keys';

const H = 3_600_000;
const MIN = 60_000;
const HOUR = Date.UTC(2026, 10, 20, 9);
const DAY = '2026-11-20';
let runtime: TestRuntime;
let stats: StatsWorld;
const clock = statsWorldPerTest(HOUR + 30 * MIN, (fresh, world) => {
  runtime = fresh;
  stats = world;
});

const base = (chatId: string, answeredAt: number) => ({
  version: 1, chatId, channel: 'default', agent: { id: 'agent-1', name: 'Anna' }, startedAt: answeredAt - 30_000, queuedAt: answeredAt - 30_000, answeredAt,
});
const answered = (chatId: string, answeredAt = HOUR + 5 * MIN) => base(chatId, answeredAt);
const ended = (chatId: string, answeredAt: number, endedAt: number) => ({
  ...base(chatId, answeredAt), customer: { name: 'Mila', email: 'mila@example.com' }, endedAt, endedBy: 'agent', messages: 6,
});

/** A few chats answered in HOUR, two of them ended in it: two still going on. */
async function countAnHour() {
  for (let i = 0; i < 4; i++) await stats.deliver('chat.answered', answered(`rollup-chat-0${i}`, HOUR + (10 + i) * MIN));
  for (let i = 0; i < 2; i++) await stats.deliver('chat.ended', ended(`rollup-chat-0${i}`, HOUR + (10 + i) * MIN, HOUR + (20 + i) * MIN));
}

test('a sweep after the hour rolls its recent items into one item, and the figures and live figures are the same after', async () => {
  await countAnHour();
  clock.standAt(HOUR + 2 * H);
  const viewBefore = await stats.figures(DAY);
  const liveBefore = await stats.live();

  const report = await stats.sweepAt(HOUR + 2 * H);

  expect(report.statsHoursRolledUp).toBe(1);
  expect(await stats.items(statsSk('R', HOUR))).toEqual([expect.objectContaining({ hour: HOUR, answered: 4, ended: 2, closed: 2 })]);
  expect(viewBefore.totals).toMatchObject({ answered: 4, ended: 2 });
  expect(await stats.figures(DAY)).toEqual(viewBefore);
  expect(liveBefore.activeChats).toBe(2);
  expect(await stats.live()).toEqual(liveBefore);
});

test('the roll-up item keeps no seen digests and no expiry', async () => {
  await countAnHour();

  await stats.sweepAt(HOUR + 2 * H);

  const [rollup] = await stats.items(statsSk('R', HOUR));
  expect(rollup.seen).toBeUndefined();
  expect(rollup.expiresAt).toBeUndefined();
});

test('no hour is rolled up while writes may still go to its recent items', async () => {
  await countAnHour();

  const report = await stats.sweepAt(HOUR + H + 14 * MIN);

  expect(report.statsHoursRolledUp).toBe(0);
  expect(await stats.items(statsSk('R', HOUR))).toEqual([]);
});

test('a roll-up repeated, or run by two overlapping sweeps, gives the same item and figures', async () => {
  await countAnHour();
  await Promise.all([stats.sweepAt(HOUR + 2 * H), stats.sweepAt(HOUR + 2 * H)]);
  const once = await stats.items(statsSk('R', HOUR));
  const figures = await stats.figures(DAY);

  await stats.forgetRollupMark();
  await stats.sweepAt(HOUR + 3 * H);

  expect(await stats.items(statsSk('R', HOUR))).toEqual(once);
  expect(await stats.figures(DAY)).toEqual(figures);
});

test('an event delivered again after its hour was rolled up is not counted again', async () => {
  await stats.deliver('chat.answered', answered('redelivered-chat'));
  await stats.sweepAt(HOUR + 2 * H);
  clock.standAt(HOUR + 3 * H);

  const { counted } = await stats.deliver('chat.answered', answered('redelivered-chat'));

  expect(counted).toBe(0);
  expect(await stats.items(statsSk('L', HOUR))).toEqual([]);
  expect((await stats.figures(DAY)).totals.answered).toBe(1);
});

test('the end of a chat answered in a rolled-up hour goes to its late items once, and the figures add it to the roll-up', async () => {
  const answeredAt = HOUR + 50 * MIN;
  await stats.deliver('chat.answered', answered('long-chat-0001', answeredAt));
  await stats.sweepAt(HOUR + 2 * H);
  clock.standAt(HOUR + 2 * H + 5 * MIN);
  const activeBefore = (await stats.live()).activeChats;

  await stats.deliver('chat.ended', ended('long-chat-0001', answeredAt, HOUR + 2 * H + 4 * MIN));
  await stats.deliver('chat.ended', ended('long-chat-0001', answeredAt, HOUR + 2 * H + 4 * MIN));

  // The answer's close and the agent's credit for the chat are both counted in the answer's hour, each once.
  const late = await stats.items(statsSk('L', HOUR));
  const summed = (name: string) => late.reduce((sum, item) => sum + ((item[name] as number | undefined) ?? 0), 0);
  expect([summed('closed'), summed('agent#agent-1#chats')]).toEqual([1, 1]);
  expect(late.reduce((sum, item) => sum + item.seen!.size, 0)).toBe(2);
  expect(activeBefore).toBe(1);
  expect((await stats.live()).activeChats).toBe(0);
});

test('a late count stays in the late items through later sweeps, and is read once', async () => {
  await stats.deliver('chat.answered', answered('late-kept-0001'));
  await stats.sweepAt(HOUR + 2 * H);
  clock.standAt(HOUR + 3 * H);
  await stats.deliver('chat.rated', { version: 1, chatId: 'late-kept-0001', channel: 'default', agent: { id: 'agent-1', name: 'Anna' }, rating: 5, ratedAt: HOUR + 59 * MIN });

  await stats.sweepAt(HOUR + 4 * H);
  await stats.forgetRollupMark();
  await stats.sweepAt(HOUR + 5 * H);

  expect((await stats.figures(DAY)).totals).toMatchObject({ answered: 1, ratings: 1, ratingAverage: 5 });
});

test('a channel whose roll-up fails does not hold up the other channels\', and the sweep fails saying so', async () => {
  const token = await stats.signIn();
  await api(runtime.url, '/api/channels', { token, body: { settings: { ...defaultChannelSettings('sales'), name: 'Sales' }, version: 0 } });
  const sales = statsWorld(runtime, 'sales');
  await stats.put({ sk: 'MARK#ROLLUP', rolledTo: HOUR, pendingTo: 'not an hour', legacyTo: HOUR });
  await stats.deliver('chat.answered', { ...answered('sales-chat-0001'), channel: 'sales' });

  const sweep = stats.sweepAt(HOUR + 2 * H);

  await expect(sweep).rejects.toThrow(/statistics roll-up failed/);
  expect(await sales.items(statsSk('R', HOUR))).toEqual([expect.objectContaining({ answered: 1 })]);
  sales.close();
});
