/**
 * A long question is stored whole as message 1 and the chat item keeps its first words, so the
 * item rewritten with every message stays small: what needs the question whole still gets it.
 */
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, GetCommand } from '@aws-sdk/lib-dynamodb';
import { ANNA, type TestRuntime } from '../support/runtime';
import { runtimePerTest } from '../support/runtime-world';
import { api, Client, connectAgent, connectCustomer, loginAgent } from '../support/clients';
import { claimedChat } from '../support/chat-setup';
import { QUESTION_PREVIEW_BYTES } from '../../functions/domain/question-preview';
import type { ContactCreateResponse, HistoryResponse, PersonPanelResponse } from '../../functions/protocol';

let runtime: TestRuntime;
let token: string;
const clients: Client[] = [];
const track = (client: Client) => (clients.push(client), client);

// Each side writes at a human pace as far as the rate limit can tell.
runtimePerTest(async (started) => {
  runtime = started;
  token = (await loginAgent(runtime.url, ANNA.email, ANNA.password)).token;
}, clients, { handlerEnv: { LIMIT_FRAMES_PER_SECOND: '1000' } });

/** 2,000 characters, ending in a word found nowhere else. */
const LONG_QUESTION = `${'My parcel was sent to the wrong address and I would like it back. '.repeat(30).slice(0, 1990)} zwanenhals`;
const customerOf = { name: 'Mila', email: 'mila@example.com', question: LONG_QUESTION };

async function storedChat(chatId: string) {
  const db = DynamoDBDocumentClient.from(new DynamoDBClient({ endpoint: runtime.dynamoEndpoint, region: runtime.region, credentials: runtime.credentials }));
  const { Item } = await db.send(new GetCommand({ TableName: runtime.tableName, Key: { pk: `CHAT#${chatId}`, sk: 'CHAT' } }));
  db.destroy();
  return Item as { question: string; questionCut?: boolean };
}

async function answered(chatId: string) {
  const anna = track(await connectAgent(runtime.url, runtime.wsUrl, ANNA.email, ANNA.password));
  const customer = track(await connectCustomer(runtime.url, runtime.wsUrl));
  await claimedChat(anna, customer, chatId, customerOf);
  return { anna, customer };
}

test('a long question is message 1 whole, and the chat item keeps its first words', async () => {
  const customer = track(await connectCustomer(runtime.url, runtime.wsUrl));
  customer.send({ action: 'chat.start', chatId: 'long-question-01', ...customerOf });
  const [shown, first] = [await customer.next('chat'), await customer.next('message')];

  const stored = await storedChat('long-question-01');
  expect(first.message).toMatchObject({ seq: 1, text: LONG_QUESTION });
  expect(Buffer.byteLength(stored.question)).toBeLessThanOrEqual(QUESTION_PREVIEW_BYTES);
  expect(LONG_QUESTION.startsWith(stored.question.slice(0, -1))).toBe(true);
  expect(stored).toMatchObject({ questionCut: true, question: expect.stringMatching(/…$/) });
  expect(shown.chat.question).toBe(stored.question);
});

test('a short question is kept whole on the chat item', async () => {
  const customer = track(await connectCustomer(runtime.url, runtime.wsUrl));
  customer.send({ action: 'chat.start', chatId: 'long-question-02', ...customerOf, question: 'Where is my parcel?' });
  await customer.next('message');

  expect(await storedChat('long-question-02')).toEqual(expect.objectContaining({ question: 'Where is my parcel?' }));
  expect((await storedChat('long-question-02')).questionCut).toBeUndefined();
});

test('the agent answering a chat with a long question is shown it whole', async () => {
  const { anna } = await answered('long-question-03');

  expect(anna.messages('long-question-03')[0]).toMatchObject({ seq: 1, text: LONG_QUESTION });
});

test('a message in a chat with a long question costs the write units of one with a short question', async () => {
  const { anna, customer } = await answered('long-question-04');
  const writeUnits = async () => (await runtime.metrics()).lambda.dynamo.byHandler.WsMessageSend?.writeUnits ?? 0;
  const before = await writeUnits();

  customer.send({ action: 'message.send', chatId: 'long-question-04', clientMessageId: 'long-q-msg-01', text: 'Any news?' });
  await anna.next('message', (f) => f.message.clientMessageId === 'long-q-msg-01');
  await runtime.idle();

  // Its seq (the chat item, one unit while under 1 KB) and the message itself.
  expect(await writeUnits() - before).toBe(2);
});

test('a request made from the chat carries the whole question', async () => {
  const { anna } = await answered('long-question-05');

  anna.send({ action: 'request.create', chatId: 'long-question-05', title: 'Parcel sent astray', clientRequestId: 'long-q-request-01' });
  await anna.next('request.created');
  const { body } = await api<{ requests: { chatId?: string; message: string }[] }>(runtime.url, '/api/requests', { method: 'GET', token });

  expect(body.requests.find((r) => r.chatId === 'long-question-05')?.message).toBe(LONG_QUESTION);
});

test("an ended chat is found in the history by a word from the end of its long question", async () => {
  const { anna, customer } = await answered('long-question-06');

  anna.send({ action: 'chat.end', chatId: 'long-question-06' });
  await customer.next('chat', (f) => f.chat.status === 'ended');
  await runtime.idle();
  const { body } = await api<HistoryResponse>(runtime.url, '/api/history?q=zwanenhals', { method: 'GET', token });

  expect(body.chats.map((c) => c.chatId)).toEqual(['long-question-06']);
});

test("a chat linked to a person lists its whole question on the person's card", async () => {
  const { anna } = await answered('long-question-07');
  const { body: created } = await api<ContactCreateResponse>(runtime.url, '/api/contacts', { token, body: { name: 'Mila' } });

  anna.send({ action: 'chat.link', chatId: 'long-question-07', personId: created.person.personId });
  await anna.next('chat', (f) => f.chat.personId === created.person.personId);
  const { body: panel } = await api<PersonPanelResponse>(runtime.url, `/api/contacts/${created.person.personId}`, { method: 'GET', token });

  expect(panel.chats.map((c) => c.question)).toEqual([LONG_QUESTION]);
});
