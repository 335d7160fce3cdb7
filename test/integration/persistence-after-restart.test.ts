/**
 * Everything a team relies on survives a restart of the runtime on the same data: the queue, who is
 * Present, ongoing chats with their owner, requests, quick replies and channel settings.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { ANNA, BRAM, startTestRuntime, type TestRuntime } from '../support/runtime';
import { api, Client, loginAgent, newVisitor, ticketFor } from '../support/clients';
import { ADMIN } from '../support/admin';
import { defaultChannelSettings } from '../../functions/protocol/channel-defaults';
import type { ChannelsResponse, RepliesResponse, RequestsResponse, ServerFrame } from '../../functions/protocol';

let dataDir: string;
let runtime: TestRuntime | undefined;
beforeAll(async () => { dataDir = await mkdtemp(join(tmpdir(), 'parley-restart-')); });
afterAll(async () => {
  await runtime?.stop();
  await rm(dataDir, { recursive: true, force: true });
});

/** What an agent's console learns on (re)connecting: the queue, its own status and ongoing chats. */
async function consoleView(rt: TestRuntime, login: { email: string; password: string }) {
  const { token } = await loginAgent(rt.url, login.email, login.password);
  const client = await Client.connect(rt.wsUrl, await ticketFor(rt.url, token));
  client.send({ action: 'sync', cursors: {} });
  await client.next('synced');
  const last = <T extends ServerFrame['type']>(type: T) => client.frames.filter((f): f is Extract<ServerFrame, { type: T }> => f.type === type).at(-1);
  const view = {
    queued: last('queue')?.entries.map((e) => e.chatId),
    status: last('presence')?.status,
    present: last('agents')?.present.map((a) => a.name).sort(),
    chats: client.frames.flatMap((f) => (f.type === 'chat' ? [[f.chat.chatId, f.chat.status, f.chat.agent?.name]] : [])),
    messages: client.frames.flatMap((f) => (f.type === 'message' ? [[f.message.chatId, f.message.seq, f.message.text]] : [])),
  };
  await client.close();
  return view;
}

async function figures(rt: TestRuntime) {
  const admin = (await loginAgent(rt.url, ADMIN.email, ADMIN.password)).token;
  const anna = (await loginAgent(rt.url, ANNA.email, ANNA.password)).token;
  const get = <T>(path: string, token: string) => api<T>(rt.url, path, { method: 'GET', token }).then((r) => r.body);
  return {
    requests: (await get<RequestsResponse>('/api/requests', anna)).requests.map((r) => [r.number, r.name, r.message]),
    replies: (await get<RepliesResponse>('/api/replies', anna)).replies.filter((r) => !r.shared).map((r) => [r.title, r.text]),
    channels: (await get<ChannelsResponse>('/api/channels', admin)).channels.map((c) => [c.settings.id, c.settings.name, c.version]),
    anna: await consoleView(rt, ANNA),
    bram: await consoleView(rt, BRAM),
  };
}

test('queue, presence, ongoing chats, requests, quick replies and channels are as they were after a restart', async () => {
  runtime = await startTestRuntime({ dataDir });
  const { url, wsUrl } = runtime;
  const anna = await loginAgent(url, ANNA.email, ANNA.password);
  const agent = await Client.connect(wsUrl, await ticketFor(url, anna.token));
  agent.send({ action: 'presence.set', status: 'present' });
  await agent.next('presence', (f) => f.status === 'present');
  for (const chatId of ['restart-answered', 'restart-waiting']) {
    const visitor = await newVisitor(url);
    const customer = await Client.connect(wsUrl, await ticketFor(url, visitor.token));
    customer.send({ action: 'chat.start', chatId, name: `Customer of ${chatId}`, email: 'c@example.com', question: `Question in ${chatId}` });
    await customer.next('chat');
    await customer.close();
  }
  agent.send({ action: 'queue.claim', chatId: 'restart-answered' });
  await agent.next('message', (f) => f.message.event === 'joined');
  await agent.sendStored({ action: 'message.send', chatId: 'restart-answered', clientMessageId: 'restart-msg-0001', text: 'Answered before the restart' });
  await agent.close();
  const visitor = await newVisitor(url);
  await api(url, '/api/offline-requests', { token: visitor.token, body: { name: 'Noor', email: 'noor@example.com', message: 'Call me back, please.' } });
  await api(url, '/api/replies', { token: anna.token, body: { replyId: randomUUID(), kind: 'quick', shared: false, title: 'Thanks', text: 'Thank you for waiting.' } });
  const admin = (await loginAgent(url, ADMIN.email, ADMIN.password)).token;
  await api(url, '/api/channels', { token: admin, body: { settings: { ...defaultChannelSettings('returns'), name: 'Returns' }, version: 0 } });
  const before = await figures(runtime);
  await runtime.stop();

  runtime = await startTestRuntime({ dataDir });
  const after = await figures(runtime);

  expect(after).toEqual(before);
  expect(before).toMatchObject({
    requests: [[1, 'Noor', 'Call me back, please.']],
    replies: [['Thanks', 'Thank you for waiting.']],
    channels: [['default', expect.any(String), 0], ['returns', 'Returns', 1]],
    anna: {
      queued: ['restart-waiting'],
      status: 'present',
      present: ['Anna de Vries'],
      chats: [['restart-answered', 'active', 'Anna de Vries']],
      messages: [['restart-answered', 1, 'Question in restart-answered'], ['restart-answered', 2, 'Anna de Vries joined the chat'], ['restart-answered', 3, 'Answered before the restart']],
    },
    bram: { queued: ['restart-waiting'], status: 'away', chats: [] },
  });
}, 120_000);
