/** State lives in the data dir: a restarted runtime knows its agents, chats and messages. */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startDynalite } from '../../infra/local/dynamo';
import { ANNA, startTestRuntime } from '../support/runtime';
import { Client, loginAgent, newVisitor, ticketFor } from '../support/clients';

let dataDir: string;
beforeEach(async () => { dataDir = await mkdtemp(join(tmpdir(), 'parley-persist-')); });
afterEach(async () => { await rm(dataDir, { recursive: true, force: true }); });

test('after a restart, a customer resumes the chat with its whole history and old tokens still work', async () => {
  const first = await startTestRuntime({ dataDir });
  const visitor = await newVisitor(first.url);
  const customer = await Client.connect(first.wsUrl, await ticketFor(first.url, visitor.token));
  customer.send({ action: 'chat.start', chatId: 'persisted-chat', name: 'Lotte', email: 'lotte@example.com', question: 'Before the restart' });
  await customer.next('chat');
  await customer.sendStored({ action: 'message.send', chatId: 'persisted-chat', clientMessageId: 'persist-msg-01', text: 'Second message' });
  await customer.close();
  await first.stop();

  const second = await startTestRuntime({ dataDir });
  try {
    const back = await Client.connect(second.wsUrl, await ticketFor(second.url, visitor.token));
    back.send({ action: 'sync', cursors: { 'persisted-chat': 0 } });
    await back.next('synced');
    expect(back.messages('persisted-chat').map((m) => m.text)).toEqual(['Before the restart', 'Second message']);
    expect((await loginAgent(second.url, ANNA.email, ANNA.password)).agent.email).toBe(ANNA.email);
    await back.close();
  } finally {
    await second.stop();
  }
}, 60_000);

test('DYNAMODB_ENDPOINT-style option points the handlers at another DynamoDB-compatible endpoint', async () => {
  const external = await startDynalite(dataDir);
  const saved = { id: process.env.AWS_ACCESS_KEY_ID, secret: process.env.AWS_SECRET_ACCESS_KEY };
  process.env.AWS_ACCESS_KEY_ID = 'external';
  process.env.AWS_SECRET_ACCESS_KEY = 'external';
  const runtime = await startTestRuntime({ dynamoEndpoint: external.endpoint, tableName: 'parley-external' });
  try {
    expect(runtime.dynamoEndpoint).toBe(external.endpoint);
    const login = await loginAgent(runtime.url, ANNA.email, ANNA.password);
    expect(login.agent.name).toBe(ANNA.name);
  } finally {
    await runtime.stop();
    await external.close();
    process.env.AWS_ACCESS_KEY_ID = saved.id;
    process.env.AWS_SECRET_ACCESS_KEY = saved.secret;
    if (saved.id === undefined) delete process.env.AWS_ACCESS_KEY_ID;
    if (saved.secret === undefined) delete process.env.AWS_SECRET_ACCESS_KEY;
  }
}, 60_000);
