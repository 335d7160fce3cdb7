/**
 * Reading a range of one channel's statistics: roll-ups for the hours that have one, the recent
 * items (and any of the layout before roll-ups) only for hours not rolled up yet, and late items
 * for every hour. So a 400-day range reads one item per hour plus a handful.
 */
import { keys } from './keys';
import { hoursOf, mergeCounters, type StatsHourItem } from './stats-items';
import { statsRollupMark } from './stats-rollup';

/**
 * The counters of one channel for the hours in [fromHour, toHour), one item per hour (`hour`
 * always read), without their event keys. An hour's roll-up, once written, holds everything its
 * other items counted, so it is read instead of them even before the mark says it is there.
 *
 * Recent items are not filtered on their expiry: they are read only for hours the mark has not
 * passed, minutes after the hour, and expire a week after it. Only a sweeper stopped for that week
 * could leave one to be read past its expiry, and then what is still there is counted rather than
 * thrown away (the roll-up counts it too, so the figures stay the same when it is rolled up).
 */
export async function statsHours(channel: string, fromHour: number, toHour: number, fields?: string[]): Promise<StatsHourItem[]> {
  return readHours(channel, fromHour, toHour, fields, 'R');
}

/**
 * The same for `fields` that each rolled-up hour's live item holds (the live figures' counters): its
 * live item is read instead of its roll-up, which can be many times its size. Hours rolled up
 * before live items were written (before the mark's `liveFrom`) are read from their roll-ups.
 */
export async function statsLiveHours(channel: string, fromHour: number, toHour: number, fields: readonly string[]): Promise<StatsHourItem[]> {
  return readHours(channel, fromHour, toHour, [...fields], 'V');
}

async function readHours(channel: string, fromHour: number, toHour: number, fields: string[] | undefined, rolledUp: 'R' | 'V'): Promise<StatsHourItem[]> {
  const { pk } = keys.statsRollupMark(channel);
  const range = { pk, fields, fromHour, toHour };
  // Roll-ups and late items are read whatever the mark says, beside it.
  const [mark, rollups, late] = await Promise.all([
    statsRollupMark(channel),
    hoursOf({ ...range, kind: rolledUp }),
    hoursOf({ ...range, kind: 'L' }),
  ]);
  const unrolledFrom = Math.max(fromHour, mark?.rolledTo ?? fromHour);
  // Live items exist from the mark's liveFrom on; the hours before it (for three days after the upgrade) have roll-ups only.
  const withoutLiveItems = rolledUp === 'V' && mark ? Math.min(toHour, mark.liveFrom ?? toHour) : fromHour;
  const [recent, legacy, older] = await Promise.all([
    hoursOf({ ...range, kind: 'F', fromHour: unrolledFrom }),
    hoursOf({ ...range, kind: 'H', fromHour: unrolledFrom, toHour: Math.min(toHour, mark?.legacyTo ?? toHour) }),
    hoursOf({ ...range, kind: 'R', toHour: withoutLiveItems }),
  ]);
  for (const [hour, item] of older) if (!rollups.has(hour)) rollups.set(hour, item);
  for (const [hour, item] of legacy) recent.set(hour, mergeCounters(recent.get(hour), item));
  for (const [hour, item] of recent) if (!rollups.has(hour)) rollups.set(hour, item);
  for (const [hour, item] of late) rollups.set(hour, mergeCounters(rollups.get(hour), item));
  return [...rollups.values()].sort((a, b) => a.hour - b.hour);
}
