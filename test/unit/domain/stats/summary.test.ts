import { counterWrites, type CounterWrite } from '../../../../functions/domain/stats/counter-writes';
import { summarize } from '../../../../functions/domain/stats/summary';
import type { StatsHourItem } from '../../../../functions/store/stats';

const AMSTERDAM = 'Europe/Amsterdam';
const at = (iso: string) => Date.parse(iso);
const anna = { id: 'anna-1', name: 'Anna de Vries' };
const bram = { id: 'bram-2', name: 'Bram Jansen' };

/** What the table would hold after these events: one item per hour, each write counted once per key. */
function table(events: [string, unknown][]): StatsHourItem[] {
  const items = new Map<number, StatsHourItem>();
  const seen = new Set<string>();
  const apply = (w: CounterWrite) => {
    if (seen.has(`${w.hour}/${w.eventKey}`)) return;
    seen.add(`${w.hour}/${w.eventKey}`);
    const item: StatsHourItem = items.get(w.hour) ?? { hour: w.hour };
    for (const [name, value] of Object.entries(w.add)) item[name] = ((item[name] as number | undefined) ?? 0) + value;
    Object.assign(item, w.set);
    items.set(w.hour, item);
  };
  for (const [type, detail] of events) counterWrites(type, detail).forEach(apply);
  return [...items.values()];
}

function chat(id: string, startedIso: string, waitS: number, handleS: number, agent = anna): [string, unknown][] {
  const startedAt = at(startedIso);
  const answeredAt = startedAt + waitS * 1000;
  const endedAt = answeredAt + handleS * 1000;
  const base = { version: 1, chatId: id, channel: 'default' };
  return [
    ['chat.started', { ...base, customer: { name: 'M', email: 'm@example.com' }, startedAt }],
    ['chat.answered', { ...base, agent, startedAt, queuedAt: startedAt, answeredAt }],
    ['chat.ended', { ...base, agent, customer: { name: 'M', email: 'm@example.com' }, startedAt, answeredAt, endedAt, endedBy: 'agent', messages: 4 }],
  ];
}

const rated = (id: string, rating: number, agent = anna, iso = '2026-11-10T12:00:00Z'): [string, unknown] =>
  ['chat.rated', { version: 1, chatId: id, channel: 'default', rating, agent, ratedAt: at(iso) }];

const range = { from: '2026-11-09', to: '2026-11-15', timeZone: AMSTERDAM };

test('a chat is counted on the local day it started: 23:30 UTC on Monday is Tuesday in Amsterdam', () => {
  const figures = summarize(table(chat('c1', '2026-11-09T23:30:00Z', 20, 300)), range);
  expect(figures.periods.find((p) => p.period === '2026-11-10')?.started).toBe(1);
  expect(figures.periods.find((p) => p.period === '2026-11-09')?.started).toBe(0);
  expect(figures.busiestHours[1][0]).toBe(1);
});

test('averages come from the sums, the 90th percentile from the wait histogram', () => {
  const events = [...chat('c1', '2026-11-10T09:00:00Z', 5, 120), ...chat('c2', '2026-11-10T09:10:00Z', 15, 240), ...chat('c3', '2026-11-10T09:20:00Z', 100, 360)];
  const { totals } = summarize(table(events), range);
  expect(totals).toMatchObject({ started: 3, answered: 3, ended: 3, waitAverageSeconds: 40, handlingAverageSeconds: 240 });
  expect(totals.waitP90Seconds).toBeGreaterThanOrEqual(90);
  expect(totals.waitP90Seconds).toBeLessThanOrEqual(120);
});

test('a chat ended because its customer left is handled until they left; one answered after they left, not at all', () => {
  /** `chat` with the customer gone `leftAfterS` seconds after the answer, and the chat ended ten minutes later. */
  const leftChat = (id: string, leftAfterS: number): [string, unknown][] => {
    const events = chat(id, '2026-11-10T09:00:00Z', 10, 0);
    const [, ended] = events[2] as [string, { answeredAt: number }];
    const customerLeftAt = ended.answeredAt + leftAfterS * 1000;
    events[2] = ['chat.ended', { ...ended, endedAt: Math.max(customerLeftAt, ended.answeredAt) + 600_000, endedBy: 'customer', customerLeftAt }];
    return events;
  };
  expect(summarize(table(leftChat('c1', 90)), range).totals.handlingAverageSeconds).toBe(90);
  expect(summarize(table(leftChat('c2', -30)), range).totals.handlingAverageSeconds).toBe(0);
});

test('a redelivered event counts once', () => {
  const events = chat('c1', '2026-11-10T09:00:00Z', 5, 120);
  expect(summarize(table([...events, ...events]), range).totals).toMatchObject({ started: 1, answered: 1, ended: 1 });
});

test('chats ended unanswered and offline-form requests are the missed chats', () => {
  const abandoned: [string, unknown] = ['chat.ended', { version: 1, chatId: 'gone', channel: 'default', customer: { name: 'M', email: 'm@example.com' }, startedAt: at('2026-11-11T10:00:00Z'), endedAt: at('2026-11-11T10:03:00Z'), endedBy: 'customer', messages: 1 }];
  const offline: [string, unknown] = ['request.created', { version: 1, requestId: 'r1', number: 1, source: 'offline-form', title: 'x', createdAt: at('2026-11-11T22:00:00Z') }];
  const fromChat: [string, unknown] = ['request.created', { version: 1, requestId: 'r2', number: 2, source: 'chat', title: 'y', createdAt: at('2026-11-11T12:00:00Z') }];
  const { totals } = summarize(table([abandoned, offline, fromChat]), range);
  expect(totals).toMatchObject({ abandoned: 1, offline: 1, missed: 2 });
});

test('ratings give the distribution, each agent’s average and the best-rated agent', () => {
  const events = [...chat('c1', '2026-11-10T09:00:00Z', 5, 60), ...chat('c2', '2026-11-10T10:00:00Z', 5, 60, bram), ...chat('c3', '2026-11-10T11:00:00Z', 5, 60, bram),
    rated('c1', 3), rated('c2', 5, bram), rated('c3', 4, bram)];
  const figures = summarize(table(events), range);
  expect(figures.ratings).toEqual([0, 0, 1, 1, 1]);
  expect(figures.totals).toMatchObject({ ratings: 3, ratingAverage: 4 });
  expect(figures.agents).toEqual([
    { id: 'bram-2', name: 'Bram Jansen', chats: 2, ratings: 2, ratingAverage: 4.5 },
    { id: 'anna-1', name: 'Anna de Vries', chats: 1, ratings: 1, ratingAverage: 3 },
  ]);
  expect(figures.bestRatedAgent?.name).toBe('Bram Jansen');
});

test('a range over 92 days is given per month, every month listed even without chats', () => {
  const figures = summarize(table(chat('c1', '2026-03-10T09:00:00Z', 5, 60)), { from: '2026-01-01', to: '2026-06-30', timeZone: AMSTERDAM });
  expect(figures.granularity).toBe('month');
  expect(figures.periods.map((p) => [p.period, p.started])).toEqual([['2026-01', 0], ['2026-02', 0], ['2026-03', 1], ['2026-04', 0], ['2026-05', 0], ['2026-06', 0]]);
});

test('an empty range has zeros and no averages rather than NaN', () => {
  const figures = summarize([], range);
  expect(figures.periods).toHaveLength(7);
  expect(figures.totals).toMatchObject({ started: 0, waitAverageSeconds: undefined, waitP90Seconds: undefined, ratingAverage: undefined });
  expect(figures.bestRatedAgent).toBeUndefined();
});

describe('a chat that comes back', () => {
  const base = { version: 1, chatId: 'back', channel: 'default' };
  const customer = { name: 'M', email: 'm@example.com' };
  const t0 = at('2026-11-10T09:00:00Z');
  const s = (seconds: number) => t0 + seconds * 1000;
  // Anna answers after 10 s and ends it at 110 s; the customer comes back at 200 s, waits in the queue
  // (Anna is away), Bram answers at 260 s and ends it at 320 s; the customer rates it twice.
  const events: [string, unknown][] = [
    ['chat.started', { ...base, customer, startedAt: t0 }],
    ['chat.answered', { ...base, agent: anna, startedAt: t0, queuedAt: t0, answeredAt: s(10) }],
    ['chat.ended', { ...base, agent: anna, customer, startedAt: t0, answeredAt: s(10), firstAnsweredAt: s(10), endedAt: s(110), endedBy: 'agent', messages: 4 }],
    rated('back', 5, anna, '2026-11-10T09:02:00Z'),
    ['chat.answered', { ...base, agent: bram, startedAt: t0, queuedAt: s(200), answeredAt: s(260), again: true }],
    ['chat.ended', { ...base, agent: bram, customer, startedAt: t0, answeredAt: s(260), firstAnsweredAt: s(10), endedAt: s(320), endedBy: 'agent', messages: 8, again: true }],
    ['chat.rated', { version: 1, chatId: 'back', channel: 'default', rating: 2, agent: bram, ratedAt: s(330), again: true }],
  ];

  test('is one chat answered, with both waits in the average wait', () => {
    const { totals } = summarize(table(events), range);
    expect(totals).toMatchObject({ started: 1, answered: 1, waitAverageSeconds: 35 });
  });

  test('is one chat handled, for the time of both answers, and among the chats of each agent who handled a part, the one rated with it', () => {
    const figures = summarize(table(events), range);
    expect(figures.totals).toMatchObject({ ended: 1, handlingAverageSeconds: 160 });
    expect(figures.agents.map((a) => [a.name, a.chats, a.ratings])).toEqual([['Anna de Vries', 1, 1], ['Bram Jansen', 1, 0]]);
  });

  test('handled again by the same agent, it is still one of their chats', () => {
    const sameAgent = events.map(([type, detail]): [string, unknown] => [type, JSON.parse(JSON.stringify(detail).replaceAll('bram-2', 'anna-1').replaceAll('Bram Jansen', 'Anna de Vries'))]);
    expect(summarize(table(sameAgent), range).agents.map((a) => [a.name, a.chats])).toEqual([['Anna de Vries', 1]]);
  });

  test("that went back to the queue when its agent went counts the time that agent handled it, and is among their chats too", () => {
    // Anna answers at 10 s; her console goes at 40 s and the chat goes back to the queue at 340 s; Bram answers at 350 s and ends at 370 s.
    const requeued: [string, unknown][] = [
      ['chat.started', { ...base, customer, startedAt: t0 }],
      ['chat.answered', { ...base, agent: anna, startedAt: t0, queuedAt: t0, answeredAt: s(10) }],
      ['chat.requeued', { ...base, agent: anna, answeredAt: s(10), requeuedAt: s(340), handledUntil: s(40), firstAnsweredAt: s(10) }],
      ['chat.answered', { ...base, agent: bram, startedAt: t0, queuedAt: s(40), answeredAt: s(350), again: true }],
      ['chat.ended', { ...base, agent: bram, customer, startedAt: t0, answeredAt: s(350), firstAnsweredAt: s(10), endedAt: s(370), endedBy: 'agent', messages: 6 }],
    ];
    const figures = summarize(table(requeued), range);
    expect(figures.totals).toMatchObject({ answered: 1, ended: 1, handlingAverageSeconds: 50 });
    expect(figures.agents.map((a) => [a.name, a.chats]).sort()).toEqual([['Anna de Vries', 1], ['Bram Jansen', 1]]);
  });

  test('keeps its first rating', () => {
    const figures = summarize(table(events), range);
    expect(figures.ratings).toEqual([0, 0, 0, 0, 1]);
    expect(figures.totals).toMatchObject({ ratings: 1, ratingAverage: 5 });
  });

  test('left in the queue after its answer went back there, it is no chat abandoned', () => {
    const requeued: [string, unknown][] = [
      ['chat.started', { ...base, chatId: 'left', customer, startedAt: t0 }],
      ['chat.answered', { ...base, chatId: 'left', agent: anna, startedAt: t0, queuedAt: t0, answeredAt: s(10) }],
      ['chat.requeued', { ...base, chatId: 'left', agent: anna, answeredAt: s(10), requeuedAt: s(100) }],
      ['chat.ended', { ...base, chatId: 'left', customer, startedAt: t0, firstAnsweredAt: s(10), endedAt: s(400), endedBy: 'customer', messages: 3 }],
    ];
    expect(summarize(table(requeued), range).totals).toMatchObject({ answered: 1, abandoned: 0, ended: 1 });
  });
});
