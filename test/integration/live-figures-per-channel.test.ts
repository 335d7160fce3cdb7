/**
 * The Dashboard's live figures per channel: chats driven on two channels through real sockets; the
 * pushed `queue` and `stats.live` frames (and GET /api/stats/live) tell each channel's figures and
 * the all-channels total.
 */
import type { AgentsResponse, ChannelsResponse, LiveFigures } from '../../functions/protocol';
import { ANNA, BRAM, type TestRuntime } from '../support/runtime';
import { ADMIN } from '../support/admin';
import { runtimePerTest } from '../support/runtime-world';
import { saveSalesForAnna } from '../support/sales-channel';
import { api, Client, connectCustomer, loginAgent, connectPresent } from '../support/clients';

let runtime: TestRuntime;
let adminToken: string;
const clients: Client[] = [];
const track = (client: Client) => (clients.push(client), client);

runtimePerTest(async (started) => {
  runtime = started;
  adminToken = (await loginAgent(runtime.url, ADMIN.email, ADMIN.password)).token;
  await saveSalesForAnna(runtime.url);
}, clients);

const present = async (who: { email: string; password: string }) => track(await connectPresent(runtime.url, runtime.wsUrl, who));

/** A customer who starts a chat on `channel`; resolves with the chat's queue time once it waits. */
async function waitingChat(chatId: string, channel: string) {
  const customer = track(await connectCustomer(runtime.url, runtime.wsUrl));
  customer.send({ action: 'chat.start', chatId, channel, name: 'Mila Bakker', email: 'mila@example.com', question: 'Where is my order?' });
  const { chat } = await customer.next('chat');
  return { customer, queuedAt: chat.queuedAt! };
}

async function answer(agent: Client, customer: Client, chatId: string) {
  agent.send({ action: 'queue.claim', chatId });
  await customer.next('message', (f) => f.message.event === 'joined');
}

test('the queue frame tells each channel\'s waiting customers, longest wait and available agents', async () => {
  const [anna] = [await present(ANNA), await present(BRAM)];
  const sales = await waitingChat('live-sales-0001', 'sales');
  const general = await waitingChat('live-default-01', 'default');

  const queue = await anna.next('queue', (f) => f.waiting === 2);
  expect(queue.channels).toEqual({
    default: { waiting: 1, oldestQueuedAt: general.queuedAt, presentAgents: 2 },
    sales: { waiting: 1, oldestQueuedAt: sales.queuedAt, presentAgents: 1 },
  });
  expect(queue.presentAgents).toBe(2);
});

test('a channel\'s available agents drop when its only Present agent goes Away, and others\' stay', async () => {
  const [anna, bram] = [await present(ANNA), await present(BRAM)];
  await bram.next('queue', (f) => f.channels.sales?.presentAgents === 1 && f.channels.default?.presentAgents === 2);

  anna.send({ action: 'presence.set', status: 'away' });
  const queue = await bram.next('queue', (f) => f.presentAgents === 1);
  expect(queue.channels).toEqual({ default: { waiting: 0, presentAgents: 1 } });
});

test('answers and ends move each channel\'s live figures, and the total is their sum', async () => {
  const [anna, bram] = [await present(ANNA), await present(BRAM)];
  for (const agent of [anna, bram]) agent.send({ action: 'watch', stats: true, seq: 1 });
  await Promise.all([anna.next('stats.live'), bram.next('stats.live')]);
  const sales = await waitingChat('live-sales-0002', 'sales');
  const general = await waitingChat('live-default-02', 'default');
  await answer(anna, sales.customer, 'live-sales-0002');
  await answer(bram, general.customer, 'live-default-02');
  const both = await anna.next('stats.live', (f) => f.activeChats === 2);
  expect(both).toMatchObject({
    answeredToday: 2,
    channels: { sales: { activeChats: 1, answeredToday: 1 }, default: { activeChats: 1, answeredToday: 1 } },
  });

  anna.send({ action: 'chat.end', chatId: 'live-sales-0002' });
  const afterEnd = await bram.next('stats.live', (f) => f.activeChats === 1 && f.answeredToday === 2);
  expect(afterEnd).toMatchObject({
    answeredToday: 2,
    channels: { sales: { activeChats: 0, answeredToday: 1 }, default: { activeChats: 1, answeredToday: 1 } },
  });
  const read = await api<LiveFigures>(runtime.url, '/api/stats/live', { method: 'GET', token: adminToken });
  expect(read.body).toEqual({ activeChats: 1, answeredToday: 2, dayEndsAt: afterEnd.dayEndsAt, channels: afterEnd.channels });
});

test('past the 50 chats Incoming chats lists, a channel\'s figures still count its customers', async () => {
  const anna = await present(ANNA);
  const customers = await Promise.all(Array.from({ length: 50 }, async () => track(await connectCustomer(runtime.url, runtime.wsUrl))));
  customers.forEach((customer, i) => customer.send({
    action: 'chat.start', chatId: `busy-default-${String(i).padStart(2, '0')}`, channel: 'default', name: `C${i}`, email: `c${i}@example.com`, question: 'Anyone?',
  }));
  await Promise.all(customers.map((customer) => customer.next('chat')));
  const last = await waitingChat('busy-sales-0001', 'sales');

  const queue = await anna.next('queue', (f) => f.waiting === 51);
  expect(queue.entries.map((e) => e.channel)).not.toContain('sales');
  expect(queue.channels.sales).toEqual({ waiting: 1, oldestQueuedAt: last.queuedAt, presentAgents: 1 });
  expect(queue.channels.default).toMatchObject({ waiting: 50, presentAgents: 1 });
}, 30_000);

test('saving who serves a channel tells every console its available agents at once', async () => {
  const [anna, bram] = [await present(ANNA), await present(BRAM)];
  await bram.next('queue', (f) => f.channels.sales?.presentAgents === 1);
  const { body } = await api<AgentsResponse>(runtime.url, '/api/admin/agents', { method: 'GET', token: adminToken });
  const stored = await api<ChannelsResponse>(runtime.url, '/api/channels', { method: 'GET', token: adminToken });
  const sales = stored.body.channels.find((c) => c.settings.id === 'sales')!;
  const bramServes = { agentId: body.agents.find((a) => a.email === BRAM.email)!.id, canRespond: true, notifications: true, canListenIn: false, manager: false };

  const saved = await api(runtime.url, '/api/channels', { token: adminToken, body: { settings: { ...sales.settings, agents: [...sales.settings.agents, bramServes] }, version: sales.version } });
  expect(saved.status).toBe(200);
  for (const agent of [anna, bram]) expect((await agent.next('queue', (f) => f.channels.sales?.presentAgents === 2)).presentAgents).toBe(2);
});
