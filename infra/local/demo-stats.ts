/**
 * Demo statistics for `npm start`: four weeks of counters up to yesterday, so the Statistics tab is
 * worth a look on a fresh machine. Seeded once (a marker item remembers it), every item flagged
 * `demo` so the console says so, and each hour written whole, so a rerun adds nothing twice.
 */
import { config } from '../../functions/config';
import { COUNTER } from '../../functions/domain/stats/counter-writes';
import { bucketOf, HANDLING_BOUNDS, WAIT_BOUNDS } from '../../functions/domain/stats/histogram';
import { LIVE_COUNTERS } from '../../functions/domain/stats/live';
import { addDays, HOUR_MS, localParts, startOfLocalDay } from '../../functions/domain/stats/zoned-time';
import { DEFAULT_CHANNEL } from '../../functions/protocol/channel-defaults';
import { getAgent, getLogin, markStatsDemoSeeded, putStatsRollups, statsDemoSeededAt, type StatsHourItem } from '../../functions/store';
import { DEMO_LOGINS } from './demo-logins';

const DAYS = 28;
/** Chats started per hour on a weekday, 0–23 local time: a morning and an afternoon peak. */
const WEEKDAY_PROFILE = [0, 0, 0, 0, 0, 0, 0, 1, 3, 6, 8, 7, 4, 5, 7, 6, 4, 2, 1, 1, 1, 0, 0, 0];

/** A small deterministic generator (mulberry32), so the demo looks the same on every machine. */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** `days` (default 28) lets a measurement seed a longer history. */
export async function handler(event: { now?: number; days?: number }): Promise<{ seeded: number }> {
  if (await statsDemoSeededAt()) return { seeded: 0 };
  const now = event.now ?? Date.now();
  const timeZone = config.statsTimeZone;
  const agents = (await Promise.all(DEMO_LOGINS.filter((l) => l.role === 'agent').map(async (l) => getAgent((await getLogin(l.email))?.agentId ?? ''))))
    .flatMap((a) => (a ? [a] : []));
  const rand = random(20261125);
  const today = localParts(now, timeZone).date;
  const hours: StatsHourItem[] = [];
  for (let day = addDays(today, -(event.days ?? DAYS)); day < today; day = addDays(day, 1)) {
    for (let at = startOfLocalDay(day, timeZone); at < startOfLocalDay(addDays(day, 1), timeZone); at += HOUR_MS) {
      const local = localParts(at, timeZone);
      const weekend = local.weekday >= 5;
      const started = Math.round(WEEKDAY_PROFILE[local.hour] * (weekend ? 0.3 : 1) * (0.6 + rand() * 0.8));
      const offline = local.hour < 8 || local.hour >= 18 || weekend ? Math.round(rand() * 1.4) : 0;
      if (started + offline === 0) continue;
      hours.push({ hour: at, ...hourOfChats(started, offline, agents, rand), ...agentNames(agents), demo: true });
    }
  }
  // Past hours, whole: written as the roll-ups the sweeper would have made of them.
  await putStatsRollups(DEFAULT_CHANNEL, hours, LIVE_COUNTERS);
  await markStatsDemoSeeded(now);
  return { seeded: hours.length };
}

function hourOfChats(started: number, offline: number, agents: { id: string }[], rand: () => number): Record<string, number> {
  const add: Record<string, number> = { [COUNTER.started]: started, [COUNTER.offline]: offline };
  const bump = (name: string, by = 1) => (add[name] = (add[name] ?? 0) + by);
  for (let i = 0; i < started; i++) {
    bump(COUNTER.ended);
    if (rand() < 0.08) {
      bump(COUNTER.abandoned);
      continue;
    }
    const waitMs = Math.round((5 + rand() ** 2 * 240) * 1000);
    const handlingMs = Math.round((90 + rand() * 720) * 1000);
    bump(COUNTER.answered);
    bump(COUNTER.closed);
    bump(COUNTER.waitMs, waitMs);
    bump(COUNTER.waitBucket(bucketOf(waitMs / 1000, WAIT_BOUNDS)));
    bump(COUNTER.handled);
    bump(COUNTER.handlingMs, handlingMs);
    bump(COUNTER.handlingBucket(bucketOf(handlingMs / 1000, HANDLING_BOUNDS)));
    const agent = agents[Math.floor(rand() * agents.length)];
    if (agent) bump(COUNTER.agentChats(agent.id));
    if (rand() < 0.45) {
      // The second agent is rated a little better, so "best rated" has someone to name.
      const stars = Math.min(5, Math.max(1, Math.round(3.6 + (agent === agents[1] ? 0.5 : 0) + (rand() - 0.5) * 3)));
      bump(COUNTER.rated);
      bump(COUNTER.ratingSum, stars);
      bump(COUNTER.rating(stars));
      if (agent) {
        bump(COUNTER.agentRated(agent.id));
        bump(COUNTER.agentRatingSum(agent.id), stars);
      }
    }
  }
  return add;
}

const agentNames = (agents: { id: string; name: string }[]) => Object.fromEntries(agents.map((a) => [COUNTER.agentName(a.id), a.name]));
