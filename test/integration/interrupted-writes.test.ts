/**
 * A handler stopped between allocating a seq and storing its message (a crash, a Lambda timeout)
 * leaves a gap; nobody resends the question or a system event, so the next sync rebuilds them from
 * the chat item. The stop is reproduced by deleting the message the handler stored.
 */
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DeleteCommand, DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { keys } from '../../functions/store/keys';
import { ANNA, type TestRuntime } from '../support/runtime';
import { runtimePerFile } from '../support/runtime-world';
import { api, loginAgent } from '../support/clients';
import { chatSetup } from '../support/chat-setup';
import type { TranscriptResponse } from '../../functions/protocol';

let runtime: TestRuntime;
let db: DynamoDBDocumentClient;
const { clients, open, startedChat, answeredChat } = chatSetup(() => runtime);

runtimePerFile((started) => {
  runtime = started;
  db = DynamoDBDocumentClient.from(new DynamoDBClient({ endpoint: runtime.dynamoEndpoint, region: runtime.region, credentials: runtime.credentials }));
}, clients);
afterAll(() => db?.destroy());

const unstore = (chatId: string, seq: number) => db.send(new DeleteCommand({ TableName: runtime.tableName, Key: keys.message(chatId, seq) }));

async function storedSeqs(chatId: string): Promise<[number, string][]> {
  const { token } = await loginAgent(runtime.url, ANNA.email, ANNA.password);
  const { body } = await api<TranscriptResponse>(runtime.url, `/api/chats/${chatId}`, { method: 'GET', token });
  return body.messages.map((m) => [m.seq, m.event ?? m.text]);
}



test('a question never stored is stored when the customer resends the start of the chat', async () => {
  const { customer } = await startedChat('gap-question-01', 'Anyone there?');
  await unstore('gap-question-01', 1);

  customer.send({ action: 'chat.start', chatId: 'gap-question-01', name: 'Sam', email: 'sam@example.com', question: 'Anyone there?' });
  const resent = await customer.next('message', (f) => f.message.chatId === 'gap-question-01' && f.message.seq === 1);

  expect(resent).toMatchObject({ message: { text: 'Anyone there?', author: { role: 'customer', name: 'Sam' } } });
  expect(await storedSeqs('gap-question-01')).toEqual([[1, 'Anyone there?']]);
});

test('a "joined" event never stored is stored and sent when the customer reconnects', async () => {
  const { visitor, customer } = await answeredChat('gap-joined-001', 'Anyone there?');
  await unstore('gap-joined-001', 2);
  await customer.close();

  const back = await open(visitor.token);
  back.send({ action: 'sync', cursors: { 'gap-joined-001': 1 } });
  await back.next('synced');

  expect(back.messages('gap-joined-001').map((m) => [m.seq, m.event])).toEqual([[2, 'joined']]);
  expect(await storedSeqs('gap-joined-001')).toEqual([[1, 'Anyone there?'], [2, 'joined']]);
});

test('an "ended" event never stored is stored when the agent resyncs, once however often it syncs', async () => {
  const { agent } = await answeredChat('gap-ended-0001', 'Anyone there?');
  agent.send({ action: 'chat.end', chatId: 'gap-ended-0001' });
  await agent.next('message', (f) => f.message.chatId === 'gap-ended-0001' && f.message.event === 'ended');
  await unstore('gap-ended-0001', 3);

  for (let i = 0; i < 2; i++) {
    agent.send({ action: 'sync', cursors: {} });
    await agent.next('synced');
  }

  expect(await storedSeqs('gap-ended-0001')).toEqual([[1, 'Anyone there?'], [2, 'joined'], [3, 'ended']]);
});
