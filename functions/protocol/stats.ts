/** Statistics: the figures for a date range (GET /api/stats) and the Dashboard's live figures. */
import * as v from 'valibot';

export { DAILY_UP_TO_DAYS, MAX_STATS_DAYS } from './constants';

const isoDate = v.pipe(v.string(), v.regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date as YYYY-MM-DD'));

export const StatsQuery = v.strictObject({
  from: isoDate,
  to: isoDate,
  /** Absent: all channels together. */
  channel: v.optional(v.pipe(v.string(), v.regex(/^[a-z0-9-]{1,40}$/, 'is not a channel name'))),
});
export type StatsQuery = v.InferOutput<typeof StatsQuery>;

/** One day (YYYY-MM-DD) or month (YYYY-MM) of the range. */
export interface StatsPeriod {
  period: string;
  started: number;
  answered: number;
  /** Chats that ended while still waiting in the queue. */
  abandoned: number;
  /** Requests left through the offline form. */
  offline: number;
  waitAverageSeconds?: number;
  waitP90Seconds?: number;
  handlingAverageSeconds?: number;
}

export interface StatsAgent { id: string; name: string; chats: number; ratings: number; ratingAverage?: number }

export interface StatsFigures {
  from: string;
  to: string;
  channel?: string;
  timeZone: string;
  /** Today's date in `timeZone`, so a console in another zone asks for the days the figures are kept by. */
  today: string;
  granularity: 'day' | 'month';
  /** Some of the figures in the range are demo data seeded by the local runtime. */
  demo: boolean;
  totals: Omit<StatsPeriod, 'period'> & { ended: number; missed: number; ratings: number; ratingAverage?: number };
  periods: StatsPeriod[];
  /** Chats started, by weekday (0 = Monday) and hour of the day, in the tenant's time zone. */
  busiestHours: number[][];
  /** How many chats got each rating, index 0 = 1 star … index 4 = 5 stars. */
  ratings: number[];
  /** Most chats first. */
  agents: StatsAgent[];
  /** Highest average rating among agents with at least one rating. */
  bestRatedAgent?: StatsAgent;
}

/** The Dashboard's live figures, all channels together. */
export interface LiveFigures {
  activeChats: number;
  answeredToday: number;
  /** When the tenant's day ends (epoch ms): from then on, until the next figures, none were answered today. */
  dayEndsAt: number;
  /** The same per channel id; a channel left out has neither (both 0). */
  channels: Record<string, ChannelLiveFigures>;
}

/** One channel's share of the live figures. */
export interface ChannelLiveFigures { activeChats: number; answeredToday: number }

/**
 * One channel's queue figures, carried by the `queue` frame: who waits, since when the longest
 * has (epoch ms, so a console ticks it itself), and how many Present agents may respond on it.
 * A channel left out has nobody waiting and no agent available.
 */
/** `away`: of those waiting, how many left the page (absent when none); `oldestQueuedAt`: the longest wait of the others. */
export interface ChannelQueueFigures { waiting: number; away?: number; oldestQueuedAt?: number; presentAgents: number }
