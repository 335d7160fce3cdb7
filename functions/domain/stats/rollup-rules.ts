/**
 * When an hour's statistics stop being written to its small recent items and are rolled up into
 * one: pure, so the timing is testable without a table or a clock.
 *
 *   hour ends ── 10 min: counts still go to the recent items ── 5 min margin ── roll-up due
 *
 * Events of an hour keep arriving after it ends (the bus delivers within seconds, a chat's end is
 * counted in its answer's hour), so recent writes go on for RECENT_WRITES_FOR after the hour; after
 * that a count is late. A roll-up must not miss a write that was decided recent: such a write was
 * decided before the cut-off and is done within the writer's timeout (10 s), so rolling up a
 * MARGIN later (5 min) cannot start before it landed, even with the sweeper's schedule a few
 * seconds off. Both are decided from the event's hour and a clock alone, never from the mark.
 */
import type { StatsPlace } from '../../store';
import { HOUR_MS } from './zoned-time';

const MINUTE_MS = 60_000;
export const RECENT_WRITES_FOR_MS = 10 * MINUTE_MS;
export const ROLLUP_MARGIN_MS = 5 * MINUTE_MS;
/** Recent items expire this long after their hour: days after their roll-up, and long enough for a retried event to find itself there. */
export const RECENT_ITEMS_KEPT_DAYS = 7;
/** A week of hours per channel and sweep: 400 days of history are rolled up in under an hour of sweeps. */
export const ROLLUP_HOURS_PER_RUN = 168;

/** True while a count for `hour` goes to its recent items; false once it is late. */
export const isRecent = (hour: number, now: number): boolean => now < hour + HOUR_MS + RECENT_WRITES_FOR_MS;

/** Where a count for `hour` made at `now` goes. */
export const placeOf = (hour: number, now: number): StatsPlace =>
  (isRecent(hour, now) ? { recent: true, expiresAt: recentItemsExpireAt(hour) } : { recent: false });

/** When the recent items of `hour` expire, in epoch seconds (DynamoDB TTL's unit). */
export const recentItemsExpireAt = (hour: number): number => Math.floor((hour + HOUR_MS + RECENT_ITEMS_KEPT_DAYS * 24 * HOUR_MS) / 1000);

/** Every hour before this one may be rolled up at `now`. */
export const rollableBefore = (now: number): number =>
  Math.floor((now - RECENT_WRITES_FOR_MS - ROLLUP_MARGIN_MS) / HOUR_MS) * HOUR_MS;

/**
 * The hours one sweep rolls up, from where the channel's roll-ups stand (`rolledTo`, or its oldest
 * counted hour when it has no mark yet): at most ROLLUP_HOURS_PER_RUN, none that may still be
 * written to. Empty (from = to) when it is up to date.
 */
export function dueHours(rolledTo: number, now: number): { from: number; to: number } {
  const to = Math.max(rolledTo, Math.min(rollableBefore(now), rolledTo + ROLLUP_HOURS_PER_RUN * HOUR_MS));
  return { from: rolledTo, to };
}
