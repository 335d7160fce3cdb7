/**
 * While an hour is recent its counters are spread over many small items, each remembering the
 * events it counted by a short digest of their keys: a redelivered event is counted once, every
 * event lands in exactly one item, and the figures add up the items and any written before them.
 */
import type { TestRuntime } from '../support/runtime';
import { statsWorldPerTest, type StatsWorld } from '../support/stats-hours';
import { keys, STATS_RECENT_SHARDS, statsHourSk, statsSk } from '../../functions/store/keys';
import { digestShard, seenDigest } from '../../functions/store/seen-digest';

const HOUR = Date.UTC(2026, 10, 20, 9);
const DAY = '2026-11-20';
const answeredAt = HOUR + 120_000;
const answered = (chatId: string) => ({ version: 1, chatId, channel: 'default', agent: { id: 'agent-1', name: 'Anna' }, startedAt: HOUR, queuedAt: HOUR, answeredAt });
const started = (chatId: string) => ({ version: 1, chatId, channel: 'default', customer: { name: 'Mila', email: 'mila@example.com' }, startedAt: HOUR + 60_000 });
let runtime: TestRuntime;
let stats: StatsWorld;
// The writer counts in the middle of the hour: every count goes to the hour's recent items.
statsWorldPerTest(HOUR + 30 * 60_000, (fresh, world) => {
  runtime = fresh;
  stats = world;
});

test('a redelivered event is counted once, and its recent item keeps its 8-character digest, not its key', async () => {
  await stats.deliver('chat.answered', answered('digest-chat-01'));
  await stats.deliver('chat.answered', answered('digest-chat-01'));

  const digest = seenDigest(`answered:digest-chat-01:${answeredAt}`);
  const { sk } = keys.statsRecent('default', HOUR, digestShard(digest, STATS_RECENT_SHARDS));
  const items = await stats.items(statsSk('F', HOUR));
  expect(items).toEqual([expect.objectContaining({ sk, answered: 1 })]);
  expect([...items[0].seen!]).toEqual([digest]);
});

test('a recent item expires a week after its hour ends', async () => {
  await stats.deliver('chat.started', started('expiring-chat-01'));

  const [item] = await stats.items(statsSk('F', HOUR));
  expect(item.expiresAt).toBe((HOUR + 3_600_000 + 7 * 86_400_000) / 1000);
});

test('the events of one hour spread over the recent items, each counted in one of them, and the figures add them up', async () => {
  const chatIds = Array.from({ length: 40 }, (_, i) => `spread-chat-${String(i).padStart(2, '0')}`);
  for (const chatId of chatIds) await stats.deliver('chat.started', started(chatId));

  const items = await stats.items(statsSk('F', HOUR));
  expect(items.length).toBeGreaterThan(20);
  expect(items.reduce((sum, item) => sum + ((item.started as number) ?? 0), 0)).toBe(40);
  expect(items.reduce((sum, item) => sum + item.seen!.size, 0)).toBe(40);
  expect((await stats.figures(DAY)).totals.started).toBe(40);
});

test('an hour counted before the shards, in one item, still adds into the figures beside the new events', async () => {
  await stats.put({ sk: statsHourSk(HOUR), hour: HOUR, started: 3, seen: new Set(['started:old-1', 'started:old-2', 'started:old-3']) });

  await stats.deliver('chat.started', started('after-upgrade-01'));

  expect((await stats.figures(DAY)).totals.started).toBe(4);
});
