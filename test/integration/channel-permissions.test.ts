/** A channel's agents and permissions decide who answers its chats, who is alerted, and who can receive a transfer. */
import { defaultChannelSettings } from '../../functions/protocol/channel-defaults';
import type { AgentsResponse, ChannelsResponse, ServerFrame } from '../../functions/protocol';
import { ANNA, BRAM, type TestRuntime } from '../support/runtime';
import { ADMIN } from '../support/admin';
import { runtimePerTest } from '../support/runtime-world';
import { api, Client, connectCustomer, loginAgent, connectPresent } from '../support/clients';

let runtime: TestRuntime;
const clients: Client[] = [];
const track = (client: Client) => (clients.push(client), client);

runtimePerTest(async (started) => {
  runtime = started;
  const { token } = await loginAgent(runtime.url, ADMIN.email, ADMIN.password);
  const { body } = await api<AgentsResponse>(runtime.url, '/api/admin/agents', { method: 'GET', token });
  const idOf = (email: string) => body.agents.find((a) => a.email === email)!.id;
  // Anna answers and is alerted; Bram is listed but may not respond and gets no notifications.
  const settings = {
    ...defaultChannelSettings(),
    unansweredWarningSeconds: 20,
    managerWarningSeconds: 40,
    agents: [
      { agentId: idOf(ANNA.email), canRespond: true, notifications: true, canListenIn: false, manager: false },
      { agentId: idOf(BRAM.email), canRespond: false, notifications: false, canListenIn: false, manager: false },
    ],
  };
  expect((await api(runtime.url, '/api/channels', { token, body: { settings, version: 0 } })).status).toBe(200);
}, clients);

const present = async (who: { email: string; password: string }) => track(await connectPresent(runtime.url, runtime.wsUrl, who));

async function waitingChat(chatId: string) {
  const customer = track(await connectCustomer(runtime.url, runtime.wsUrl));
  customer.send({ action: 'chat.start', chatId, name: 'Mila', email: 'mila@example.com', question: 'Hello?' });
  await customer.next('chat');
  return customer;
}

test('an agent without "can respond" gets no chat from Get next in queue and is refused one by id', async () => {
  const bram = await present(BRAM);
  await waitingChat('perm-chat-0001');

  bram.send({ action: 'queue.next', ref: 'next' });
  expect(await bram.next('notice', (f) => f.ref === 'next')).toMatchObject({ code: 'queue-empty' });
  bram.send({ action: 'queue.claim', ref: 'claim', chatId: 'perm-chat-0001' });
  expect(await bram.next('error', (f) => f.ref === 'claim')).toMatchObject({ code: 'forbidden' });

  const anna = await present(ANNA);
  anna.send({ action: 'queue.next' });
  expect((await anna.next('chat', (f) => f.chat.chatId === 'perm-chat-0001')).chat).toMatchObject({ status: 'active', agent: { name: ANNA.name } });
});

test('alerts come at the channel\'s warning time, only to agents with notifications', async () => {
  const [anna, bram] = [await present(ANNA), await present(BRAM)];
  await waitingChat('perm-chat-0002');
  const sweepAt = (ms: number) => runtime.scheduler.fire('Sweeper', new Date(Date.now() + ms));

  expect(await sweepAt(15_000)).toMatchObject({ alertsRaised: 0 });
  expect(await sweepAt(21_000)).toMatchObject({ alertsRaised: 1 });
  expect(await anna.next('alert')).toMatchObject({ level: 'unanswered', chatId: 'perm-chat-0002' });
  await runtime.idle();
  expect(bram.frames.filter((f: ServerFrame) => f.type === 'alert')).toEqual([]);
});

test('an agent with notifications but without "can respond" gets no unanswered-chat alert: they could not answer it', async () => {
  const { token } = await loginAgent(runtime.url, ADMIN.email, ADMIN.password);
  const [stored] = (await api<ChannelsResponse>(runtime.url, '/api/channels', { method: 'GET', token })).body.channels;
  const agents = stored.settings.agents!.map((a, i) => (i === 1 ? { ...a, notifications: true } : a));
  expect((await api(runtime.url, '/api/channels', { token, body: { settings: { ...stored.settings, agents }, version: stored.version } })).status).toBe(200);
  const [anna, bram] = [await present(ANNA), await present(BRAM)];
  await waitingChat('perm-chat-0005');

  expect(await runtime.scheduler.fire('Sweeper', new Date(Date.now() + 21_000))).toMatchObject({ alertsRaised: 1 });
  expect(await anna.next('alert')).toMatchObject({ level: 'unanswered', chatId: 'perm-chat-0005' });
  await runtime.idle();
  expect(bram.frames.filter((f: ServerFrame) => f.type === 'alert')).toEqual([]);
});

test('a chat cannot be transferred to an agent who may not respond on its channel', async () => {
  const [anna] = [await present(ANNA), await present(BRAM)];
  await waitingChat('perm-chat-0003');
  anna.send({ action: 'queue.next' });
  await anna.next('chat', (f) => f.chat.chatId === 'perm-chat-0003' && f.chat.status === 'active');

  const { token } = await loginAgent(runtime.url, ADMIN.email, ADMIN.password);
  const bramId = (await api<AgentsResponse>(runtime.url, '/api/admin/agents', { method: 'GET', token })).body.agents.find((a) => a.email === BRAM.email)!.id;
  anna.send({ action: 'chat.transfer', ref: 'hand-over', chatId: 'perm-chat-0003', toAgentId: bramId });
  expect(await anna.next('error', (f) => f.ref === 'hand-over')).toMatchObject({ code: 'conflict', message: 'That agent is not available for a transfer' });
});

test("an agent the channel makes its manager listens in on its chats and takes them over; before that, they could not", async () => {
  const [anna, bram] = [await present(ANNA), await present(BRAM)];
  await waitingChat('perm-chat-0004');
  anna.send({ action: 'queue.next' });
  await anna.next('chat', (f) => f.chat.chatId === 'perm-chat-0004' && f.chat.status === 'active');
  bram.send({ action: 'chat.takeover', ref: 'early', chatId: 'perm-chat-0004' });
  expect(await bram.next('error', (f) => f.ref === 'early')).toMatchObject({ code: 'forbidden' });

  const { token } = await loginAgent(runtime.url, ADMIN.email, ADMIN.password);
  const [stored] = (await api<ChannelsResponse>(runtime.url, '/api/channels', { method: 'GET', token })).body.channels;
  const agents = stored.settings.agents!.map((a) => (a.agentId === stored.settings.agents![1].agentId ? { ...a, manager: true } : a));
  expect((await api(runtime.url, '/api/channels', { token, body: { settings: { ...stored.settings, agents }, version: stored.version } })).status).toBe(200);

  bram.send({ action: 'chat.listen', chatId: 'perm-chat-0004' });
  await bram.next('chat', (f) => f.chat.chatId === 'perm-chat-0004' && f.chat.agent?.name === ANNA.name);
  bram.send({ action: 'chat.takeover', chatId: 'perm-chat-0004' });
  expect((await anna.next('chat', (f) => f.chat.chatId === 'perm-chat-0004' && f.chat.agent?.name === BRAM.name)).chat.status).toBe('active');
});
