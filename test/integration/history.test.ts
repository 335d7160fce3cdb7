/** The searchable chat history: ended chats found by name, email, question words, chat id or reference, newest first, page by page. */
import { ANNA, type TestRuntime } from '../support/runtime';
import { signedInPerTest } from '../support/runtime-world';
import { api, Client, connectAgent, connectCustomer } from '../support/clients';
import { claimedChat } from '../support/chat-setup';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { BatchWriteCommand, DynamoDBDocumentClient, PutCommand } from '@aws-sdk/lib-dynamodb';
import type { HistoryChatView, HistoryResponse } from '../../functions/protocol';
import { keys } from '../../functions/store/keys';
import { chatReference } from '../../functions/protocol/chat-reference';

let runtime: TestRuntime;
let token: string;
let anna: Client;
const clients: Client[] = [];

signedInPerTest(ANNA, async (world) => {
  ({ runtime, token } = world);
  anna = await connectAgent(runtime.url, runtime.wsUrl, ANNA.email, ANNA.password);
  clients.push(anna);
}, clients);

const history = async (query: string) => api<HistoryResponse>(runtime.url, `/api/history${query}`, { method: 'GET', token });

/** A chat answered by Anna and ended by her; resolves once the bus has delivered its end. */
async function endedChat(chatId: string, name: string, email: string, question: string) {
  const customer = await connectCustomer(runtime.url, runtime.wsUrl);
  clients.push(customer);
  await claimedChat(anna, customer, chatId, { name, email, question });
  anna.send({ action: 'chat.end', chatId });
  await customer.next('chat', (f) => f.chat.status === 'ended');
  await runtime.idle();
}

test('an ended chat is found by any word of the name, the email, words of the question, the chat id and its reference', async () => {
  await endedChat('history-chat-001', 'Mila Bakker', 'mila@example.com', 'Do you ship tulip bulbs to België?');
  await endedChat('history-chat-002', 'Noor de Wit', 'noor@example.com', 'Is the lace yarn back?');
  const found = async (q: string) => (await history(`?q=${encodeURIComponent(q)}`)).body.chats.map((c) => c.chatId);
  expect(await found('bakker')).toEqual(['history-chat-001']);
  expect(await found('NOOR@EXAMPLE')).toEqual(['history-chat-002']);
  expect(await found('tulip belgie')).toEqual(['history-chat-001']);
  expect(await found('History-Chat-002')).toEqual(['history-chat-002']);
  expect(await found('tulip yarn')).toEqual([]);
  // The reference agents quote to customers, with or without its dash, in any case.
  const reference = chatReference('history-chat-001');
  expect(await found(reference)).toEqual(['history-chat-001']);
  expect(await found(reference.replace('-', '').toLowerCase())).toEqual(['history-chat-001']);
  expect(await found(`Chat ${reference}`)).toEqual(['history-chat-001']);
  expect((await history('?q=lace')).body.chats[0]).toMatchObject({
    customer: { name: 'Noor de Wit', email: 'noor@example.com' }, question: 'Is the lace yarn back?', agentName: ANNA.name, channel: 'default',
  });
});

test('an ongoing chat is not in the history until it ends', async () => {
  const customer = await connectCustomer(runtime.url, runtime.wsUrl);
  clients.push(customer);
  customer.send({ action: 'chat.start', chatId: 'ongoing-chat-001', name: 'Sem de Boer', email: 'sem@example.com', question: 'Open on Sunday?' });
  await customer.next('chat');
  await runtime.idle();
  expect((await history('?q=sem')).body.chats).toEqual([]);
});

test('without words the newest ended chats come first, a page at a time, each chat once', async () => {
  const ids = Array.from({ length: 45 }, (_, i) => `paged-chat-${String(i).padStart(3, '0')}`);
  for (const [i, chatId] of ids.entries()) await endedChat(chatId, `Customer ${i}`, `c${i}@example.com`, `Question ${i}`);
  const first = (await history('')).body;
  expect(first.chats).toHaveLength(20);
  expect(first.chats[0].chatId).toBe('paged-chat-044');
  const second = (await history(`?before=${encodeURIComponent(first.next!)}`)).body;
  const third = (await history(`?before=${encodeURIComponent(second.next!)}`)).body;
  const all = [...first.chats, ...second.chats, ...third.chats].map((c) => c.chatId);
  expect(all).toEqual(ids.reverse());
  expect(third.next).toBeUndefined();
}, 60_000);

test('a malformed page cursor is refused with the reason; only agents may search', async () => {
  expect(await history('?before=not-a-cursor')).toEqual({ status: 400, body: { error: 'before: not a page of this search' } });
  expect((await api(runtime.url, '/api/history?q=x', { method: 'GET' })).status).toBe(401);
});

test('a search goes back month by month, up to two years', async () => {
  const dynamo = DynamoDBDocumentClient.from(new DynamoDBClient({ endpoint: runtime.dynamoEndpoint, region: runtime.region, credentials: runtime.credentials }));
  const monthsAgo = (n: number) => { const d = new Date(); d.setUTCDate(1); d.setUTCMonth(d.getUTCMonth() - n); return d.getTime(); };
  for (const [n, chatId] of [[3, 'spring-chat-001'], [23, 'early-chat-0001'], [30, 'ancient-chat-01']] as const) {
    const at = monthsAgo(n);
    const chat: HistoryChatView = { chatId, channel: 'default', customer: { name: 'Mila Bakker', email: 'mila@example.com' }, question: 'Tulips?', createdAt: at, endedAt: at + 60_000 };
    await dynamo.send(new PutCommand({ TableName: runtime.tableName, Item: { ...keys.historyChat(new Date(at).toISOString().slice(0, 7), at, chatId), ...chat, searchText: 'mila bakker mila@example.com tulips?' } }));
  }
  dynamo.destroy();
  const first = (await history('?q=tulips')).body;
  const pages = [first.chats];
  for (let next = first.next; next; ) {
    const page = (await history(`?q=tulips&before=${encodeURIComponent(next)}`)).body;
    pages.push(page.chats);
    next = page.next;
  }
  expect(pages.flat().map((c) => c.chatId)).toEqual(['spring-chat-001', 'early-chat-0001']);
});

test('one request reads a bounded number of rows: past 1,000 non-matching chats it hands back where to go on', async () => {
  const dynamo = DynamoDBDocumentClient.from(new DynamoDBClient({ endpoint: runtime.dynamoEndpoint, region: runtime.region, credentials: runtime.credentials }));
  const start = Date.now() - 3_000_000;
  const row = (i: number, name: string) => {
    const chat: HistoryChatView = { chatId: `bulk-chat-${String(i).padStart(5, '0')}`, channel: 'default', customer: { name, email: 'x@example.com' }, question: 'Hello', createdAt: start + i * 1000, endedAt: start + i * 1000 + 1 };
    return { ...keys.historyChat(new Date(chat.createdAt).toISOString().slice(0, 7), chat.createdAt, chat.chatId), ...chat, searchText: `${name.toLowerCase()} x@example.com hello` };
  };
  // The oldest chat matches; 1,500 newer ones do not.
  const rows = [row(0, 'Wanted Person'), ...Array.from({ length: 1500 }, (_, i) => row(i + 1, 'Someone Else'))];
  for (let i = 0; i < rows.length; i += 25) {
    await dynamo.send(new BatchWriteCommand({ RequestItems: { [runtime.tableName]: rows.slice(i, i + 25).map((Item) => ({ PutRequest: { Item } })) } }));
  }
  dynamo.destroy();
  const first = (await history('?q=wanted')).body;
  expect(first).toEqual({ chats: [], next: expect.any(String) });
  const second = (await history(`?q=wanted&before=${encodeURIComponent(first.next!)}`)).body;
  expect(second.chats.map((c) => c.chatId)).toEqual(['bulk-chat-00000']);
}, 60_000);
