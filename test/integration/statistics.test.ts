/** Statistics: chats driven through real sockets, counted from the bus, read back over HTTP. */
import { ANNA, BRAM, type TestRuntime } from '../support/runtime';
import { ADMIN } from '../support/admin';
import { signedInPerTest } from '../support/runtime-world';
import { api, Client, connectAgent, connectCustomer, connectPresent, loginAgent, newVisitor } from '../support/clients';
import { addDays, localParts } from '../../functions/domain/stats/zoned-time';
import type { LiveFigures, StatsFigures } from '../../functions/protocol';

let runtime: TestRuntime;
let adminToken: string;
const clients: Client[] = [];
const today = () => localParts(Date.now(), 'Europe/Amsterdam').date;

signedInPerTest(ADMIN, (world) => ({ runtime, token: adminToken } = world), clients);

const figures = async (query = `from=${addDays(today(), -1)}&to=${today()}`) =>
  api<StatsFigures>(runtime.url, `/api/stats?${query}`, { method: 'GET', token: adminToken });

async function startChat(chatId: string) {
  const customer = await connectCustomer(runtime.url, runtime.wsUrl);
  clients.push(customer);
  customer.send({ action: 'chat.start', chatId, name: 'Mila Bakker', email: 'mila@example.com', question: 'Where is my order?' });
  await customer.next('chat');
  return customer;
}

async function answeredChat(chatId: string, agent: Client) {
  const customer = await startChat(chatId);
  agent.send({ action: 'queue.claim', chatId });
  await customer.next('message', (f) => f.message.event === 'joined');
  return customer;
}

test('answered, rated, abandoned and offline chats come back as figures for today', async () => {
  const anna = await connectAgent(runtime.url, runtime.wsUrl, ANNA.email, ANNA.password);
  clients.push(anna);
  const customer = await answeredChat('stats-chat-0001', anna);
  anna.send({ action: 'chat.end', chatId: 'stats-chat-0001' });
  await customer.next('chat', (f) => f.chat.status === 'ended');
  customer.send({ action: 'chat.feedback', chatId: 'stats-chat-0001', rating: 4 });
  await customer.next('chat', (f) => f.chat.feedback !== undefined);
  const leaver = await startChat('stats-chat-0002');
  leaver.send({ action: 'chat.end', chatId: 'stats-chat-0002' });
  await leaver.next('chat', (f) => f.chat.status === 'ended');
  const visitor = await newVisitor(runtime.url);
  await api(runtime.url, '/api/offline-requests', { token: visitor.token, body: { name: 'Noor', email: 'noor@example.com', message: 'Call me back' } });
  await runtime.idle();

  const { status, body } = await figures();
  expect(status).toBe(200);
  expect(body.totals).toMatchObject({ started: 2, answered: 1, ended: 2, abandoned: 1, offline: 1, missed: 2, ratings: 1, ratingAverage: 4 });
  expect(body.periods.find((p) => p.period === today())).toMatchObject({ started: 2, answered: 1 });
  expect(body.ratings).toEqual([0, 0, 0, 1, 0]);
  expect(body.agents).toEqual([expect.objectContaining({ name: ANNA.name, chats: 1, ratings: 1, ratingAverage: 4 })]);
  expect(body.bestRatedAgent?.name).toBe(ANNA.name);
});

test('a chat its customer came back to, answered again by another agent from the queue and rated twice, counts as one chat, among the chats of both agents', async () => {
  const anna = await connectAgent(runtime.url, runtime.wsUrl, ANNA.email, ANNA.password);
  const bram = await connectPresent(runtime.url, runtime.wsUrl, BRAM);
  clients.push(anna, bram);
  const customer = await answeredChat('back-chat-0001', anna);
  anna.send({ action: 'chat.end', chatId: 'back-chat-0001' });
  await customer.next('chat', (f) => f.chat.status === 'ended');
  customer.send({ action: 'chat.feedback', chatId: 'back-chat-0001', rating: 5 });
  await customer.next('chat', (f) => f.chat.feedback !== undefined);
  // Anna is not Present, Bram is: Back to chat puts the chat in the queue, where Bram answers it.
  customer.send({ action: 'chat.reopen', chatId: 'back-chat-0001' });
  await customer.next('chat', (f) => f.chat.status === 'queued');
  bram.send({ action: 'queue.claim', chatId: 'back-chat-0001' });
  await customer.next('chat', (f) => f.chat.status === 'active' && f.chat.agent?.name === BRAM.name);
  bram.send({ action: 'chat.end', chatId: 'back-chat-0001' });
  await customer.next('chat', (f) => f.chat.status === 'ended' && f.chat.agent?.name === BRAM.name);
  customer.send({ action: 'chat.feedback', chatId: 'back-chat-0001', rating: 1 });
  await customer.next('chat', (f) => f.chat.feedback?.rating === 1);
  await runtime.idle();

  const { body } = await figures();
  expect(body.totals).toMatchObject({ started: 1, answered: 1, ended: 1, abandoned: 0, ratings: 1, ratingAverage: 5 });
  // Each agent handled a part; the first rating is Anna's, given after hers.
  expect(body.agents.map((a) => [a.name, a.chats, a.ratings])).toEqual([[ANNA.name, 1, 1], [BRAM.name, 1, 0]]);
  const live = await api<LiveFigures>(runtime.url, '/api/stats/live', { method: 'GET', token: adminToken });
  expect(live.body).toMatchObject({ activeChats: 0, answeredToday: 1 });
});

test('a redelivered event counts once', async () => {
  const event = { 'detail-type': 'chat.started', detail: { version: 1, chatId: 'twice-started-01', channel: 'default', customer: { name: 'M', email: 'm@example.com' }, startedAt: Date.now() } };
  await runtime.invoke('EventStatsWriter', event);
  await runtime.invoke('EventStatsWriter', event);
  expect((await figures()).body.totals.started).toBe(1);
});

test('a redelivered answer and end count once, in both hours they touch', async () => {
  const answeredAt = Date.now() - 120_000;
  const base = { version: 1, chatId: 'twice-ended-001', channel: 'default' };
  const answered = { 'detail-type': 'chat.answered', detail: { ...base, agent: { id: 'a1', name: 'Anna' }, startedAt: answeredAt - 30_000, queuedAt: answeredAt - 30_000, answeredAt } };
  const ended = { 'detail-type': 'chat.ended', detail: { ...base, agent: { id: 'a1', name: 'Anna' }, customer: { name: 'M', email: 'm@example.com' }, startedAt: answeredAt - 30_000, answeredAt, endedAt: answeredAt + 90_000, endedBy: 'agent', messages: 5 } };
  for (const event of [answered, ended, answered, ended]) await runtime.invoke('EventStatsWriter', event);
  const { totals, agents } = (await figures()).body;
  expect(totals).toMatchObject({ answered: 1, ended: 1, waitAverageSeconds: 30, handlingAverageSeconds: 90 });
  expect(agents).toEqual([expect.objectContaining({ name: 'Anna', chats: 1 })]);
  expect((await api<LiveFigures>(runtime.url, '/api/stats/live', { method: 'GET', token: adminToken })).body.activeChats).toBe(0);
});

test('an agent watching the live figures hears them change when a chat is answered and when it ends', async () => {
  const anna = await connectAgent(runtime.url, runtime.wsUrl, ANNA.email, ANNA.password);
  clients.push(anna);
  anna.send({ action: 'watch', stats: true, seq: 1 });
  await anna.next('stats.live');
  await answeredChat('live-chat-00001', anna);
  expect(await anna.next('stats.live', (f) => f.activeChats === 1)).toMatchObject({ activeChats: 1, answeredToday: 1 });
  anna.send({ action: 'chat.end', chatId: 'live-chat-00001' });
  const afterEnd = await anna.next('stats.live', (f) => f.answeredToday === 1 && f.activeChats === 0);
  expect(afterEnd).toEqual({ type: 'stats.live', activeChats: 0, answeredToday: 1, dayEndsAt: expect.any(Number), channels: { default: { activeChats: 0, answeredToday: 1 } } });
  const live = await api<LiveFigures>(runtime.url, '/api/stats/live', { method: 'GET', token: adminToken });
  expect(live.body).toEqual({ activeChats: 0, answeredToday: 1, dayEndsAt: afterEnd.dayEndsAt, channels: afterEnd.channels });
});

test('an empty tenant gets zeros, not an error', async () => {
  const { status, body } = await figures(`from=${addDays(today(), -6)}&to=${today()}`);
  expect(status).toBe(200);
  expect(body.periods).toHaveLength(7);
  expect(body.totals).toMatchObject({ started: 0, answered: 0, missed: 0 });
});

test('a range longer than 400 days is refused with the reason', async () => {
  const res = await figures('from=2024-01-01&to=2026-01-01');
  expect(res).toEqual({ status: 400, body: { error: 'a range may span at most 400 days' } });
});

test('a date that is not one is refused with the field named', async () => {
  const res = await figures('from=2026-13&to=2026-11-01');
  expect(res).toEqual({ status: 400, body: { error: 'from: must be a date as YYYY-MM-DD' } });
});

test('an agent who is not a manager or admin is refused the figures', async () => {
  const { token } = await loginAgent(runtime.url, ANNA.email, ANNA.password);
  const res = await api(runtime.url, `/api/stats?from=${today()}&to=${today()}`, { method: 'GET', token });
  expect(res).toEqual({ status: 403, body: { error: 'Statistics are for managers and admins' } });
});
