/** Allowed origins per channel: a channel's own list decides which pages its widget works on; without one, the tenant's list does. */
import WebSocket from 'ws';
import { randomUUID } from 'node:crypto';
import type { ChannelSettings, ChannelsResponse, StoredChannel, WidgetChannelView } from '../../functions/protocol';
import { defaultChannelSettings } from '../../functions/protocol/channel-defaults';
import type { TestRuntime } from '../support/runtime';
import { ADMIN } from '../support/admin';
import { runtimePerFile } from '../support/runtime-world';
import { api, Client, loginAgent, newVisitor, ticketFor } from '../support/clients';

const SHOP_A = 'https://shop-a.example';
const SHOP_B = 'https://shop-b.example';
const TENANT_SITE = 'https://www.acme.example';
let runtime: TestRuntime;
let adminToken: string;

const save = (settings: ChannelSettings) => api<StoredChannel & { error?: string }>(runtime.url, '/api/channels', { token: adminToken, body: { settings, version: 0 } });

runtimePerFile(async (started) => {
  runtime = started;
  adminToken = (await loginAgent(runtime.url, ADMIN.email, ADMIN.password)).token;
  expect((await save({ ...defaultChannelSettings('shop-a'), name: 'Shop A', allowedOrigins: [SHOP_A] })).status).toBe(200);
  expect((await save({ ...defaultChannelSettings('shop-b'), name: 'Shop B', allowedOrigins: [SHOP_B] })).status).toBe(200);
  expect((await save({ ...defaultChannelSettings('plain'), name: 'No own list' })).status).toBe(200);
}, [], { allowedOrigins: [TENANT_SITE] });

async function handshake(channel: string | undefined, origin: string): Promise<{ status: number; socket?: WebSocket }> {
  const ticket = await ticketFor(runtime.url, (await newVisitor(runtime.url)).token);
  const query = channel ? `?channel=${channel}&ticket=${ticket}` : `?ticket=${ticket}`;
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(`${runtime.wsUrl}${query}`, { origin });
    socket.once('open', () => resolve({ status: 101, socket }));
    socket.once('unexpected-response', (_req, res) => resolve({ status: res.statusCode ?? 0 }));
    socket.once('error', reject);
  });
}

const status = async (channel: string | undefined, origin: string) => {
  const { status: code, socket } = await handshake(channel, origin);
  socket?.close();
  return code;
};

test('a page allowed for channel A connects to channel A', async () => {
  expect(await status('shop-a', SHOP_A)).toBe(101);
});

test('the same page is refused for channel B', async () => {
  expect(await status('shop-b', SHOP_A)).toBe(401);
});

test('a channel with its own list does not take the tenant list as well', async () => {
  expect(await status('shop-a', TENANT_SITE)).toBe(401);
});

test('a channel without its own list falls back to the tenant list', async () => {
  expect(await status('plain', TENANT_SITE)).toBe(101);
  expect(await status('plain', SHOP_A)).toBe(401);
});

test('a connection that names no channel is checked as the default channel, by the tenant list', async () => {
  expect(await status(undefined, TENANT_SITE)).toBe(101);
  expect(await status(undefined, SHOP_B)).toBe(401);
});

test('a page connected for channel A cannot start a chat on channel B', async () => {
  const { socket } = await handshake('shop-a', SHOP_A);
  const customer = Client.wrap(socket!);
  customer.send({ action: 'chat.start', ref: 'r1', chatId: randomUUID(), name: 'Ada', email: 'ada@example.com', question: 'Hi?', channel: 'shop-b' });
  expect(await customer.next('error', (f) => f.ref === 'r1')).toMatchObject({ code: 'forbidden' });
  await customer.close();
});

test('a page connected for channel A starts a chat on channel A', async () => {
  const { socket } = await handshake('shop-a', SHOP_A);
  const customer = Client.wrap(socket!);
  const chatId = randomUUID();
  customer.send({ action: 'chat.start', chatId, name: 'Ada', email: 'ada@example.com', question: 'Hi?', channel: 'shop-a' });
  expect(await customer.next('chat', (f) => f.chat.chatId === chatId)).toMatchObject({ chat: { channel: 'shop-a' } });
  await customer.close();
});

test("the widget's public view of a channel does not reveal its allowed origins", async () => {
  const view = await api<WidgetChannelView>(runtime.url, '/api/widget/shop-a', { method: 'GET' });
  expect(view.status).toBe(200);
  expect(JSON.stringify(view.body)).not.toContain('shop-a.example');
});

test('an origin with a path is refused when saving and nothing is stored', async () => {
  const refused = await save({ ...defaultChannelSettings('bad-origin'), name: 'Bad', allowedOrigins: ['https://shop.example/checkout'] });
  expect(refused.status).toBe(400);
  expect(refused.body.error).toMatch(/scheme:\/\/host/);
  const channels = await api<ChannelsResponse>(runtime.url, '/api/channels', { method: 'GET', token: adminToken });
  expect(channels.body.channels.map((c) => c.settings.id)).not.toContain('bad-origin');
});
