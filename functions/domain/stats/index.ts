/**
 * Statistics: counting bus events into hourly counters, the figures of a date range, and the
 * Dashboard's live figures. Reading a range costs the same however long the history is.
 */
import { config } from '../../config';
import { DETAIL_TYPES, MAX_STATS_DAYS, type LiveFigures, type StatsFigures, type StatsQuery } from '../../protocol';
import { addToStatsHour, getAgent, setAgentConnectionWatch, statsHours, statsLiveHours, type StatsHourItem } from '../../store';
import { onlineAgents } from '../agents-online';
import { requireRole, type Caller } from '../caller';
import { listChannels } from '../channels';
import { deliver, reply } from '../fanout';
import { COUNTER, counterWrites } from './counter-writes';
import { summarize } from './summary';
import { LIVE_COUNTERS, liveFromItems } from './live';
import { placeOf } from './rollup-rules';
import { addDays, daysBetween, HOUR_MS, hourStart, isRealDate, localParts, startOfLocalDay } from './zoned-time';

export { rollUpStatistics } from './rollup';

/** Every channel's id, the default one first: whose counters make up "all channels". */
const channelIds = async () => (await listChannels()).map((channel) => channel.settings.id);
/** A chat answered longer ago than this and never ended no longer counts as ongoing. */
const ONGOING_WITHIN_DAYS = 3;

export class StatsRangeError extends Error {}

/** Counts one bus event at `now` (which decides recent or late items); returns how many counter items it changed (0 for a redelivery). */
export async function countEvent(detailType: string, detail: unknown, now: number): Promise<number> {
  const writes = counterWrites(detailType, detail);
  const written = await Promise.all(writes.map((write) => addToStatsHour(write, placeOf(write.hour, now))));
  // Only answers and their ends move the live figures; starts, ratings and requests leave them be.
  // A hand-over moves none, but changes who answers in Ongoing chat sessions, which reads again on each push.
  const movesLive = detailType === DETAIL_TYPES.chatTransferred
    || writes.some((w, i) => written[i] && (COUNTER.answered in w.add || COUNTER.reopened in w.add || COUNTER.closed in w.add));
  if (movesLive) await pushLiveFigures(now);
  return written.filter(Boolean).length;
}

/** The figures of a range of local dates (both included), one channel or all. */
export async function figuresFor(query: StatsQuery, now = Date.now()): Promise<StatsFigures> {
  if (!isRealDate(query.from) || !isRealDate(query.to)) throw new StatsRangeError('from and to must be real dates');
  if (query.to < query.from) throw new StatsRangeError('to must not be before from');
  if (daysBetween(query.from, query.to) > MAX_STATS_DAYS) throw new StatsRangeError(`a range may span at most ${MAX_STATS_DAYS} days`);
  const timeZone = config.statsTimeZone;
  const start = hourStart(startOfLocalDay(query.from, timeZone));
  const end = startOfLocalDay(addDays(query.to, 1), timeZone);
  const items = await itemsOf(query.channel ? [query.channel] : await channelIds(), start, end);
  return { ...summarize(items, { ...query, timeZone }), today: localParts(now, timeZone).date };
}

/** The Dashboard's live figures, all channels and per channel: a few small queries per channel over the last few days' hours. */
export async function liveFigures(now: number): Promise<LiveFigures> {
  const from = hourStart(now) - ONGOING_WITHIN_DAYS * 24 * HOUR_MS;
  const channels = await channelIds();
  const items = await Promise.all(channels.map((channel) => statsLiveHours(channel, from, hourStart(now) + HOUR_MS, LIVE_COUNTERS)));
  return liveFromItems(new Map(channels.map((channel, i) => [channel, items[i]])), now, config.statsTimeZone);
}

/**
 * Tells the consoles showing the live figures (those that sent `watch stats:true`) the new ones:
 * once per counted event, never on a timer. With nobody watching, the figures are not even read.
 */
async function pushLiveFigures(now: number): Promise<void> {
  const watching = (await onlineAgents(now)).live.filter((c) => c.watchesStats).map((c) => c.connectionId);
  if (watching.length === 0) return;
  await deliver(watching, [{ type: 'stats.live', ...(await liveFigures(now)) }]);
}

/**
 * An agent's console starts or stops showing the live figures. Starting answers with the current
 * figures, read after the watch is stored: every change after that read is pushed, so the console
 * is never left with figures older than the table's.
 */
export async function watchLiveFigures(caller: Caller, watching: boolean, seq: number, now: number): Promise<void> {
  requireRole(caller, 'agent');
  const inForce = await setAgentConnectionWatch(caller.connectionId, watching, seq);
  if (inForce && watching) await reply(caller.connectionId, { type: 'stats.live', ...(await liveFigures(now)) });
}

async function itemsOf(channels: string[], fromHour: number, toHour: number, fields?: string[]): Promise<StatsHourItem[]> {
  return (await Promise.all(channels.map((channel) => statsHours(channel, fromHour, toHour, fields)))).flat();
}

/** Statistics compare agents with each other: for managers and admins. */
export async function mayViewStatistics(agentId: string): Promise<boolean> {
  const agent = await getAgent(agentId);
  return agent?.role === 'manager' || agent?.role === 'admin';
}
