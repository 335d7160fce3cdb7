/**
 * A channel is served by the agents it lists: whether its widget is online, and each waiting
 * customer's place and estimate, count only them and the customers waiting on that channel. It
 * lists agents only: not an id that is none, nor someone deactivated before being listed.
 */
import { randomUUID } from 'node:crypto';
import type { AvailabilityResponse, ChannelSettings, StoredChannel } from '../../functions/protocol';
import { defaultChannelSettings } from '../../functions/protocol/channel-defaults';
import { ANNA, BRAM, type TestRuntime } from '../support/runtime';
import { runtimePerTest } from '../support/runtime-world';
import { api, Client, connectCustomer, connectPresent, loginAgent } from '../support/clients';
import { ADMIN, asAdmin } from '../support/admin';
import { saveSalesForAnna } from '../support/sales-channel';

let runtime: TestRuntime;
const clients: Client[] = [];
const track = (client: Client) => (clients.push(client), client);

runtimePerTest(async (started) => {
  runtime = started;
  await saveSalesForAnna(runtime.url);
}, clients);

const online = async (channel: string) => (await api<AvailabilityResponse>(runtime.url, `/api/availability?channel=${channel}`, { method: 'GET' })).body.online;

async function waitingChat(chatId: string, channel: string) {
  const customer = track(await connectCustomer(runtime.url, runtime.wsUrl));
  customer.send({ action: 'chat.start', chatId, channel, name: 'Mila Bakker', email: 'mila@example.com', question: 'Where is my order?' });
  await customer.next('chat');
  return customer;
}

test("a channel's widget is online only while one of its own agents is Present", async () => {
  track(await connectPresent(runtime.url, runtime.wsUrl, BRAM));
  expect(await online('default')).toBe(true);
  expect(await online('sales')).toBe(false);

  track(await connectPresent(runtime.url, runtime.wsUrl, ANNA));
  expect(await online('sales')).toBe(true);
});

test("a waiting customer's place counts only their channel's queue, and nobody to answer gives no estimate", async () => {
  const bram = track(await connectPresent(runtime.url, runtime.wsUrl, BRAM));
  // One answered chat, so there is an average wait to estimate from.
  await waitingChat('channel-place-00', 'default');
  bram.send({ action: 'queue.next' });
  await bram.next('chat', (f) => f.chat.chatId === 'channel-place-00' && f.chat.status === 'active');

  const onSales = await waitingChat('channel-place-01', 'sales');
  const onDefault = await waitingChat('channel-place-02', 'default');
  const defaultPlace = await onDefault.next('queue.position', (f) => f.chatId === 'channel-place-02');
  expect(defaultPlace).toMatchObject({ position: 1, estimatedWaitSeconds: expect.any(Number) });
  const salesPlace = await onSales.next('queue.position');
  expect(salesPlace.position).toBe(1);
  expect(salesPlace.estimatedWaitSeconds).toBeUndefined();
});

describe('who a channel may list', () => {
  const serving = (agentId: string) => ({ agentId, canRespond: true, notifications: true, canListenIn: false, manager: false });
  async function save(settings: ChannelSettings, version = 0) {
    const { token } = await loginAgent(runtime.url, ADMIN.email, ADMIN.password);
    return api<StoredChannel & { error?: string; field?: string }>(runtime.url, '/api/channels', { token, body: { settings, version } });
  }

  test('an id that is no agent is refused, naming the agents, and nothing is stored', async () => {
    const ghost = randomUUID();
    const refused = await save({ ...defaultChannelSettings('ghosts'), name: 'Ghosts', agents: [serving(ghost)] });
    expect(refused).toMatchObject({ status: 400, body: { error: `settings.agents: ${ghost} is not an agent; remove it from the list`, field: 'settings' } });
    expect((await api(runtime.url, '/api/widget/ghosts', { method: 'GET' })).status).toBe(404);
  });

  test('an agent deactivated after being listed stays listed and the channel still saves; a deactivated agent is not newly listed', async () => {
    const admin = await asAdmin(runtime.url);
    const eli = (await admin.create({ name: 'Eli Jansen', email: 'eli@parley.test', role: 'agent', credential: { kind: 'password', password: 'eli-password-1' } })).body.agent;
    const desk = await save({ ...defaultChannelSettings('eli-desk'), name: 'Eli desk', agents: [serving(eli.id)] });
    expect(desk.status).toBe(200);
    expect((await admin.change(eli.id, { change: 'deactivate' })).status).toBe(200);

    expect((await save({ ...desk.body.settings, launcherText: 'Ask us' }, 1)).status).toBe(200);
    const refused = await save({ ...defaultChannelSettings('eli-too'), name: 'Eli too', agents: [serving(eli.id)] });
    expect(refused).toMatchObject({ status: 400, body: { error: 'settings.agents: Eli Jansen is deactivated; reactivate them before listing them' } });
  });
});
