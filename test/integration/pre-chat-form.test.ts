/** The channel's pre-chat form, enforced at chat.start: required fields refused by name, nothing stored. */
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, GetCommand } from '@aws-sdk/lib-dynamodb';
import type { ChannelSettings } from '../../functions/protocol';
import { defaultChannelSettings } from '../../functions/protocol/channel-defaults';
import type { TestRuntime } from '../support/runtime';
import { ADMIN } from '../support/admin';
import { runtimePerFile } from '../support/runtime-world';
import { api, Client, connectCustomer, loginAgent } from '../support/clients';

let runtime: TestRuntime;
const clients: Client[] = [];

runtimePerFile(async (started) => {
  runtime = started;
  const { token } = await loginAgent(runtime.url, ADMIN.email, ADMIN.password);
  const settings: ChannelSettings = { ...defaultChannelSettings('callback'), name: 'Call back', preChatForm: { requiredFields: ['name', 'phone'], faqSuggestions: false } };
  const saved = await api(runtime.url, '/api/channels', { token, body: { settings, version: 0 } });
  if (saved.status !== 200) throw new Error(`channel not saved: ${JSON.stringify(saved.body)}`);
}, clients);

async function customer() {
  const client = await connectCustomer(runtime.url, runtime.wsUrl);
  clients.push(client);
  return client;
}

async function storedChat(chatId: string) {
  const db = DynamoDBDocumentClient.from(new DynamoDBClient({ endpoint: runtime.dynamoEndpoint, region: runtime.region, credentials: runtime.credentials }));
  const { Item } = await db.send(new GetCommand({ TableName: runtime.tableName, Key: { pk: `CHAT#${chatId}`, sk: 'CHAT' } }));
  db.destroy();
  return Item;
}

const start = { action: 'chat.start', channel: 'callback', name: 'Mila', email: '', phone: '+31 20 123 4567', question: '' };

test('a start without a field the channel requires is refused naming it, and no chat is stored', async () => {
  const mila = await customer();
  mila.send({ ...start, ref: 'r1', chatId: 'no-phone-chat-1', phone: ' ' });
  expect(await mila.next('error')).toMatchObject({ ref: 'r1', code: 'bad-frame', message: 'phone: phone is required', field: 'phone' });
  expect(await storedChat('no-phone-chat-1')).toBeUndefined();
});

test('a phone number that is not one is refused naming the field, and no chat is stored', async () => {
  const mila = await customer();
  mila.send({ ...start, ref: 'r2', chatId: 'bad-phone-chat-1', phone: 'call me maybe' });
  expect(await mila.next('error')).toMatchObject({ ref: 'r2', code: 'bad-frame', message: 'phone: phone number is not valid', field: 'phone' });
  expect(await storedChat('bad-phone-chat-1')).toBeUndefined();
});

test('an email address the channel does not require is still checked when given', async () => {
  const mila = await customer();
  mila.send({ ...start, ref: 'r3', chatId: 'bad-mail-chat-1', email: 'mila@example' });
  expect(await mila.next('error')).toMatchObject({ ref: 'r3', code: 'bad-frame', message: 'email: email address is not valid', field: 'email' });
  expect(await storedChat('bad-mail-chat-1')).toBeUndefined();
});

test('a start with the required fields only is queued with the phone number, and without a question has no messages yet', async () => {
  const mila = await customer();
  mila.send({ ...start, chatId: 'phone-only-chat1' });
  expect((await mila.next('chat')).chat).toMatchObject({ chatId: 'phone-only-chat1', status: 'queued', customerPhone: '+31 20 123 4567' });
  expect(await storedChat('phone-only-chat1')).toMatchObject({ customerName: 'Mila', customerPhone: '+31 20 123 4567', question: '', lastSeq: 0 });
  expect(mila.messages('phone-only-chat1')).toEqual([]);
});

test('the default channel still requires name, email and question', async () => {
  const mila = await customer();
  mila.send({ action: 'chat.start', ref: 'r4', chatId: 'default-no-q-01', name: 'Mila', email: 'mila@example.com', question: '' });
  expect(await mila.next('error')).toMatchObject({ ref: 'r4', code: 'bad-frame', message: 'question: question is required' });
  expect(await storedChat('default-no-q-01')).toBeUndefined();
});
