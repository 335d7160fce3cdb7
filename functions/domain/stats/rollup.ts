/**
 * The sweeper's share of statistics: each channel's finished hours summed into one roll-up item
 * each, a bounded stretch per run, from where the channel's mark stands. A channel without a mark
 * (every channel, the first time after the upgrade) starts at its oldest counted hour, so the
 * history kept in the layouts before roll-ups is rolled up too, oldest first.
 */
import { advanceStatsRollupMark, edgeStatsHour, putStatsRollups, statsRollupMark, statsToRollUp } from '../../store';
import { listChannels } from '../channels';
import { dueHours, rollableBefore } from './rollup-rules';
import { LIVE_COUNTERS } from './live';
import { HOUR_MS, hourStart } from './zoned-time';

/** Rolls up what is due on every channel; returns how many hour items were written. Throws, after trying them all, if any failed. */
export async function rollUpStatistics(now: number): Promise<number> {
  const channels = (await listChannels()).map((channel) => channel.settings.id);
  let written = 0;
  const failures: unknown[] = [];
  // One channel at a time: a catch-up reads up to a week of hours per channel. One failing leaves the others be.
  for (const channel of channels) {
    try {
      written += await rollUpChannel(channel, now);
    } catch (error) {
      failures.push(error);
    }
  }
  if (failures.length) throw new AggregateError(failures, `statistics roll-up failed on ${failures.length} of ${channels.length} channels`);
  return written;
}

/**
 * Two steps, a sweep apart: a sweep writes the roll-ups of the hours due and marks them pending;
 * the next one tells readers to rely on them (`rolledTo`). Readers read a range's roll-ups and
 * the mark side by side, eventually consistently, so a roll-up written a moment before the mark
 * moved past its hour could be missed; a sweep later it cannot, and until then the hour's own
 * items are read (or its roll-up, if seen: it holds the same).
 */
export async function rollUpChannel(channel: string, now: number): Promise<number> {
  // Read consistently: a mark read stale would only roll hours again, but why pay for that.
  const mark = await statsRollupMark(channel, true);
  const settled = mark?.pendingTo ?? (await firstHourToRollUp(channel, now));
  const { from, to } = dueHours(settled, now);
  if (mark && from === to && mark.rolledTo === settled) return 0;
  const items = await statsToRollUp(channel, from, to);
  await putStatsRollups(channel, items, LIVE_COUNTERS);
  // Live items exist from the first hour this sweep rolls up: the hours before had their roll-ups
  // only. A channel without a mark has no roll-ups yet, so all of its roll-ups will have them.
  const liveFrom = mark?.liveFrom ?? (mark ? from : 0);
  await advanceStatsRollupMark(channel, { rolledTo: settled, pendingTo: to, legacyTo: mark?.legacyTo ?? (await legacyTo(channel, now)), liveFrom });
  return items.length;
}

async function firstHourToRollUp(channel: string, now: number): Promise<number> {
  const oldest = await Promise.all([edgeStatsHour(channel, 'H', false), edgeStatsHour(channel, 'F', false)]);
  const counted = oldest.filter((hour): hour is number => hour !== undefined);
  return counted.length ? Math.min(...counted) : rollableBefore(now);
}

/**
 * Until which hour items of the layout before roll-ups may exist: past the newest there is, and
 * past the current hour, which the writer of the version before may still be counting into while
 * the upgrade is being deployed.
 */
async function legacyTo(channel: string, now: number): Promise<number> {
  const newest = await edgeStatsHour(channel, 'H', true);
  return Math.max(hourStart(now) + HOUR_MS, newest === undefined ? 0 : newest + HOUR_MS);
}
