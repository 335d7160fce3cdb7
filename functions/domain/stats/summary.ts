/** Hourly counter items → the figures of a date range: pure, so the maths is testable without a table. */
import { DAILY_UP_TO_DAYS, type StatsAgent, type StatsFigures, type StatsPeriod } from '../../protocol';
import type { StatsHourItem } from '../../store';
import { COUNTER } from './counter-writes';
import { addInto, HANDLING_BOUNDS, quantileWithin, WAIT_BOUNDS } from './histogram';
import { addDays, daysBetween, localParts } from './zoned-time';

/** `answered` counts answers (a chat answered again after going back to the queue twice), `reanswered` the second ones. */
interface Tally {
  started: number; answered: number; reanswered: number; ended: number; abandoned: number; offline: number;
  handled: number; waitMs: number; handlingMs: number; rated: number; ratingSum: number;
  wait: number[]; handling: number[];
}

const emptyTally = (): Tally => ({
  started: 0, answered: 0, reanswered: 0, ended: 0, abandoned: 0, offline: 0, handled: 0, waitMs: 0, handlingMs: 0, rated: 0, ratingSum: 0,
  wait: WAIT_BOUNDS.map(() => 0).concat(0), handling: HANDLING_BOUNDS.map(() => 0).concat(0),
});

const num = (item: StatsHourItem, name: string) => (typeof item[name] === 'number' ? (item[name] as number) : 0);
const AGENT_FIELD = /^agent#(.+)#(chats|rated|ratingSum|name)$/;

function addItem(tally: Tally, item: StatsHourItem): void {
  for (const name of ['started', 'answered', 'reanswered', 'ended', 'abandoned', 'offline', 'handled', 'waitMs', 'handlingMs', 'rated', 'ratingSum'] as const) {
    tally[name] += num(item, COUNTER[name]);
  }
  addInto(tally.wait, tally.wait.map((_, i) => num(item, COUNTER.waitBucket(i))));
  addInto(tally.handling, tally.handling.map((_, i) => num(item, COUNTER.handlingBucket(i))));
}

const seconds = (ms: number, count: number) => (count > 0 ? Math.round(ms / count / 1000) : undefined);
const round = (value: number | undefined) => (value === undefined ? undefined : Math.round(value));

function periodFigures(period: string, t: Tally): StatsPeriod {
  return {
    // Chats answered; the waits are every wait for an answer, a chat's return to the queue included.
    period, started: t.started, answered: t.answered - t.reanswered, abandoned: t.abandoned, offline: t.offline,
    waitAverageSeconds: seconds(t.waitMs, t.answered),
    waitP90Seconds: round(quantileWithin(t.wait, WAIT_BOUNDS, 0.9, t.waitMs / 1000)),
    handlingAverageSeconds: seconds(t.handlingMs, t.handled),
  };
}

export interface SummaryRange { from: string; to: string; channel?: string; timeZone: string }

export function summarize(items: StatsHourItem[], range: SummaryRange): Omit<StatsFigures, 'today'> {
  const granularity = daysBetween(range.from, range.to) > DAILY_UP_TO_DAYS ? 'month' : 'day';
  const periodOf = (date: string) => (granularity === 'day' ? date : date.slice(0, 7));
  const periods = new Map<string, Tally>();
  for (let date = range.from; date <= range.to; date = addDays(date, 1)) if (!periods.has(periodOf(date))) periods.set(periodOf(date), emptyTally());

  const total = emptyTally();
  const busiestHours = Array.from({ length: 7 }, () => Array.from({ length: 24 }, () => 0));
  const ratings = [1, 2, 3, 4, 5].map(() => 0);
  const agents = new Map<string, { name: string; chats: number; rated: number; ratingSum: number }>();
  let demo = false;

  for (const item of items) {
    const local = localParts(item.hour, range.timeZone);
    const tally = periods.get(periodOf(local.date));
    // The query is by UTC hour; an item just outside the local range belongs to no period.
    if (!tally) continue;
    addItem(tally, item);
    addItem(total, item);
    busiestHours[local.weekday][local.hour] += num(item, COUNTER.started);
    ratings.forEach((_, i) => (ratings[i] += num(item, COUNTER.rating(i + 1))));
    demo ||= item.demo === true;
    for (const [field, value] of Object.entries(item)) {
      const match = AGENT_FIELD.exec(field);
      if (!match) continue;
      const agent = agents.get(match[1]) ?? { name: '', chats: 0, rated: 0, ratingSum: 0 };
      if (match[2] === 'name') agent.name = String(value);
      else agent[match[2] as 'chats' | 'rated' | 'ratingSum'] += Number(value);
      agents.set(match[1], agent);
    }
  }

  const agentList: StatsAgent[] = [...agents].map(([id, a]) => ({
    id, name: a.name, chats: a.chats, ratings: a.rated, ratingAverage: a.rated > 0 ? roundTo(a.ratingSum / a.rated, 2) : undefined,
  })).sort((a, b) => b.chats - a.chats || a.name.localeCompare(b.name));
  const rated = agentList.filter((a) => a.ratingAverage !== undefined);
  const bestRatedAgent = rated.sort((a, b) => b.ratingAverage! - a.ratingAverage! || b.ratings - a.ratings)[0];

  const { period: _period, ...totals } = periodFigures('', total);
  return {
    from: range.from, to: range.to, channel: range.channel, timeZone: range.timeZone, granularity, demo,
    totals: {
      ...totals, ended: total.ended, missed: total.abandoned + total.offline, ratings: total.rated,
      ratingAverage: total.rated > 0 ? roundTo(total.ratingSum / total.rated, 2) : undefined,
    },
    periods: [...periods].map(([period, tally]) => periodFigures(period, tally)),
    busiestHours, ratings, agents: agentList, bestRatedAgent,
  };
}

const roundTo = (value: number, digits: number) => Math.round(value * 10 ** digits) / 10 ** digits;
