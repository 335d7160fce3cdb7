/** A channel's bot answers first and hands the chat to the queue when it says so, or at once when it fails. */
import { createServer, type Server } from 'node:http';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, GetCommand } from '@aws-sdk/lib-dynamodb';
import type { AddressInfo } from 'node:net';
import { randomUUID } from 'node:crypto';
import { defaultChannelSettings } from '../../functions/protocol/channel-defaults';
import type { BotRequest, ServerFrame } from '../../functions/protocol';
import { ANNA, type TestRuntime } from '../support/runtime';
import { runtimePerFile } from '../support/runtime-world';
import { ADMIN } from '../support/admin';
import { api, Client, connectAgent, connectCustomer, loginAgent } from '../support/clients';

let runtime: TestRuntime;
let bot: Server;
let botUrl: string;
/** What the bot received, and how it answers the next call. */
const received: BotRequest[] = [];
let answer: (request: BotRequest) => { status: number; body: unknown; delayMs?: number } = () => ({ status: 200, body: {} });
const clients: Client[] = [];
const timers: NodeJS.Timeout[] = [];
const track = (client: Client) => (clients.push(client), client);

beforeAll(async () => {
  bot = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk) => (body += chunk));
    req.on('end', () => {
      const request = JSON.parse(body) as BotRequest;
      received.push(request);
      const { status, body: reply, delayMs = 0 } = answer(request);
      timers.push(setTimeout(() => res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(reply)), delayMs));
    });
  });
  await new Promise<void>((resolve) => bot.listen(0, '127.0.0.1', resolve));
  botUrl = `http://127.0.0.1:${(bot.address() as AddressInfo).port}/hook`;
});
runtimePerFile(async (started) => {
  runtime = started;
  const { token } = await loginAgent(runtime.url, ADMIN.email, ADMIN.password);
  const settings = { ...defaultChannelSettings('with-bot'), name: 'With bot', bot: { url: botUrl, timeoutMs: 1000 } };
  expect((await api(runtime.url, '/api/channels', { token, body: { settings, version: 0 } })).status).toBe(200);
}, clients);
afterEach(async () => {
  received.length = 0;
  await Promise.all(clients.splice(0).map((c) => c.close()));
});
afterAll(async () => {
  timers.forEach(clearTimeout);
  bot.closeAllConnections();
  await new Promise((resolve) => bot.close(resolve));
});

async function start(chatId: string, question: string) {
  const customer = track(await connectCustomer(runtime.url, runtime.wsUrl));
  customer.send({ action: 'chat.start', chatId, channel: 'with-bot', name: 'Mila', email: 'mila@example.com', question });
  await customer.next('chat');
  return customer;
}

async function agent() {
  const anna = track(await connectAgent(runtime.url, runtime.wsUrl, ANNA.email, ANNA.password));
  anna.send({ action: 'presence.set', status: 'present' });
  await anna.next('presence', (f) => f.status === 'present');
  return anna;
}

test('the bot answers first, and the chat stays out of the queue until it hands over', async () => {
  answer = (request) =>
    request.messages.at(-1)!.text.includes('agent')
      ? { status: 200, body: { reply: 'I will find a colleague for you.', handoff: true, name: 'Tulip bot' } }
      : { status: 200, body: { reply: 'Our shop opens at nine.', name: 'Tulip bot' } };
  const customer = await start('bot-chat-0001', 'When do you open?');
  expect(await customer.next('message', (f) => f.message.seq === 2)).toMatchObject({ message: { text: 'Our shop opens at nine.', author: { role: 'agent', name: 'Tulip bot' }, bot: true } });
  expect(received[0]).toMatchObject({ chatId: 'bot-chat-0001', channel: 'with-bot', customer: { name: 'Mila' }, messages: [{ from: 'customer', text: 'When do you open?' }] });

  const anna = await agent();
  anna.send({ action: 'queue.next', ref: 'early' });
  expect(await anna.next('notice', (f) => f.ref === 'early')).toMatchObject({ code: 'queue-empty' });

  customer.send({ action: 'message.send', chatId: 'bot-chat-0001', clientMessageId: randomUUID(), text: 'Can I talk to an agent?' });
  await customer.next('message', (f) => f.message.text === 'I will find a colleague for you.');
  expect(received.at(-1)!.messages.map((m) => m.from)).toEqual(['customer', 'bot', 'customer']);
  await anna.next('queue', (f) => f.entries.some((e) => e.chatId === 'bot-chat-0001'));
  anna.send({ action: 'queue.next' });
  expect((await anna.next('chat', (f) => f.chat.chatId === 'bot-chat-0001' && f.chat.status === 'active')).chat.agent?.name).toBe(ANNA.name);
  // The agent gets the whole conversation, the bot's replies included.
  await anna.next('message', (f) => f.message.chatId === 'bot-chat-0001' && f.message.text === 'Our shop opens at nine.');
});

test.each([
  ['answers HTTP 500', () => ({ status: 500, body: { error: 'down' } })],
  ['answers too late', () => ({ status: 200, body: { reply: 'Too late' }, delayMs: 3000 })],
  ['answers something that is not a bot reply', () => ({ status: 200, body: { reply: 42 } })],
])('a bot that %s hands the chat to the queue at once', async (_what, behaviour) => {
  answer = behaviour;
  const anna = await agent();
  const chatId = `bot-chat-${randomUUID().slice(0, 8)}`;
  const customer = await start(chatId, 'Hello?');
  await anna.next('queue', (f) => f.entries.some((e) => e.chatId === chatId), 10_000);
  await runtime.idle();
  expect(customer.frames.some((f: ServerFrame) => f.type === 'message' && f.message.bot === true)).toBe(false);
});

test("the customer's chat says the bot has it, and says so no longer once the bot hands over", async () => {
  answer = (request) =>
    request.messages.length > 1
      ? { status: 200, body: { reply: 'Passing you to a colleague.', handoff: true, name: 'Tulip bot' } }
      : { status: 200, body: { reply: 'Hello, I am the shop bot.', name: 'Tulip bot' } };
  const chatId = `bot-chat-${randomUUID().slice(0, 8)}`;
  const customer = track(await connectCustomer(runtime.url, runtime.wsUrl));
  customer.send({ action: 'chat.start', chatId, channel: 'with-bot', name: 'Mila', email: 'mila@example.com', question: 'Hi' });
  expect((await customer.next('chat', (f) => f.chat.chatId === chatId)).chat).toMatchObject({ status: 'queued', bot: true });
  await customer.next('message', (f) => f.message.text === 'Hello, I am the shop bot.');

  customer.send({ action: 'message.send', chatId, clientMessageId: randomUUID(), text: 'A person, please' });

  const handedOver = (await customer.next('chat', (f) => f.chat.chatId === chatId && f.chat.queuedAt !== undefined)).chat;
  expect(handedOver).toMatchObject({ status: 'queued' });
  expect(handedOver.bot).toBeUndefined();
});

test('a chat ended while the bot had it is nobody\'s; Back to chat returns it to the bot, still outside the queue', async () => {
  answer = (request) => ({ status: 200, body: { reply: `Bot reply ${request.messages.length}`, name: 'Tulip bot' } });
  const chatId = `bot-chat-${randomUUID().slice(0, 8)}`;
  const customer = await start(chatId, 'When do you open?');
  await customer.next('message', (f) => f.message.text === 'Bot reply 1');

  customer.send({ action: 'chat.end', chatId });
  const ended = (await customer.next('chat', (f) => f.chat.status === 'ended')).chat;
  expect(ended.bot).toBeUndefined();

  customer.send({ action: 'chat.reopen', chatId });
  const reopened = (await customer.next('chat', (f) => f.chat.chatId === chatId && f.chat.status !== 'ended')).chat;
  expect(reopened).toMatchObject({ status: 'queued', bot: true });
  expect(reopened.queuedAt).toBeUndefined();
  customer.send({ action: 'message.send', chatId, clientMessageId: randomUUID(), text: 'And on Sunday?' });
  await customer.next('message', (f) => f.message.bot === true && f.message.seq > 3);
  const db = DynamoDBDocumentClient.from(new DynamoDBClient({ endpoint: runtime.dynamoEndpoint, region: runtime.region, credentials: runtime.credentials }));
  const { Item } = await db.send(new GetCommand({ TableName: runtime.tableName, Key: { pk: `CHAT#${chatId}`, sk: 'CHAT' } }));
  db.destroy();
  expect(Item).toMatchObject({ status: 'queued', bot: true });
  expect(Item!.queuePk).toBeUndefined();
});
