/**
 * Each side of a chat posts messages from a rate-limit bucket of its own, kept on the chat item and
 * charged by the write that allocates the message's seq. The limits are lowered (1 a second, bursts
 * of 5) so a flood reaches them at once; the handlers' clock is moved on instead of waiting.
 */
import { randomUUID } from 'node:crypto';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { ServerFrame } from '../../functions/protocol';
import type { TestRuntime } from '../support/runtime';
import { ADMIN } from '../support/admin';
import { runtimePerFile } from '../support/runtime-world';
import { chatSetup } from '../support/chat-setup';
import { connectPresent, type Client } from '../support/clients';
import { shiftedClock } from '../support/shifted-clock';
import { uploadAndSend } from '../support/files';
import { pdf } from '../support/sample-files';

const BURST = 5;
const clock = shiftedClock();
let runtime: TestRuntime;
const setup = chatSetup(() => runtime);

runtimePerFile((started) => (runtime = started), setup.clients, { handlerEnv: { ...clock.env, LIMIT_FRAME_BURST: String(BURST), LIMIT_FRAMES_PER_SECOND: '1' } });
afterAll(() => clock.remove());

/** Moves the handlers' clock on by `ms` (back, when negative: a bucket then looks further from full). */
let shiftMs = 0;
function pass(ms: number) {
  shiftMs += ms;
  clock.standAt(Date.now() + shiftMs);
}

/** Sends `count` messages at once; each either reaches `receiver` or is refused to `sender`. */
async function sendAtOnce(sender: Client, receiver: Client, chatId: string, count: number) {
  const ids = Array.from({ length: count }, (_, i) => `${chatId}-${i}-${randomUUID().slice(0, 8)}`);
  for (const clientMessageId of ids) sender.send({ action: 'message.send', ref: clientMessageId, chatId, clientMessageId, text: `Quick ${clientMessageId}` });
  const outcomes = await Promise.all(ids.map((id) => {
    const delivered = receiver.next('message', (f) => f.message.clientMessageId === id);
    const refused = sender.next('error', (f) => f.ref === id);
    delivered.catch(() => {});
    refused.catch(() => {});
    return Promise.race<ServerFrame>([delivered, refused]);
  }));
  return {
    stored: outcomes.flatMap((f) => (f.type === 'message' ? [f.message] : [])),
    refused: outcomes.flatMap((f) => (f.type === 'error' ? [f] : [])),
  };
}

/** Sends one message and waits until the other side has it. */
async function say(sender: Client, receiver: Client, chatId: string, text: string) {
  const clientMessageId = randomUUID();
  sender.send({ action: 'message.send', chatId, clientMessageId, text });
  return (await receiver.next('message', (f) => f.message.clientMessageId === clientMessageId)).message;
}

test("a customer who used up the bucket does not hold back the agent: each side of a chat has its own", async () => {
  const { customer, agent } = await setup.answeredChat('sides-chat-0001');
  expect((await sendAtOnce(customer, agent, 'sides-chat-0001', 3 * BURST)).refused.length).toBeGreaterThan(0);

  const answer = await sendAtOnce(agent, customer, 'sides-chat-0001', BURST);

  expect(answer.refused).toEqual([]);
  expect(answer.stored).toHaveLength(BURST);
});

test("an agent who used up the bucket in one chat still writes a full burst in another, on the same connection", async () => {
  const { agent, customer } = await setup.answeredChat('agent-chat-0001');
  const second = await setup.startedChat('agent-chat-0002');
  agent.send({ action: 'queue.claim', chatId: 'agent-chat-0002' });
  await second.customer.next('message', (f) => f.message.event === 'joined');
  expect((await sendAtOnce(agent, customer, 'agent-chat-0001', 3 * BURST)).refused.length).toBeGreaterThan(0);

  const elsewhere = await sendAtOnce(agent, second.customer, 'agent-chat-0002', BURST);

  expect(elsewhere.refused).toEqual([]);
  expect(elsewhere.stored).toHaveLength(BURST);
});

test('a manager taking over from an agent who used up the bucket writes a full burst at once', async () => {
  const { agent, customer } = await setup.answeredChat('takeover-chat-0001');
  expect((await sendAtOnce(agent, customer, 'takeover-chat-0001', 3 * BURST)).refused.length).toBeGreaterThan(0);
  const manager = await connectPresent(runtime.url, runtime.wsUrl, ADMIN);
  manager.send({ action: 'chat.takeover', chatId: 'takeover-chat-0001' });
  await customer.next('chat', (f) => f.chat.agent?.name === ADMIN.name);

  const burst = await sendAtOnce(manager, customer, 'takeover-chat-0001', BURST);
  await manager.close();

  expect(burst.refused).toEqual([]);
  expect(burst.stored).toHaveLength(BURST);
});

test('a message refused as too fast is stored once, in turn, when the client sends it again after a pause', async () => {
  const { customer, agent } = await setup.answeredChat('resend-chat-0001');
  const flood = await sendAtOnce(customer, agent, 'resend-chat-0001', 3 * BURST);
  const [refusal] = flood.refused;
  expect(refusal).toMatchObject({ code: 'rate-limited', message: 'You are sending too fast; wait a few seconds and try again' });

  pass(10_000);
  customer.send({ action: 'message.send', chatId: 'resend-chat-0001', clientMessageId: refusal.ref, text: 'Sent again' });

  const resent = await agent.next('message', (f) => f.message.clientMessageId === refusal.ref);
  // The question is 1, the agent joining 2, then what got through.
  expect(resent.message).toMatchObject({ text: 'Sent again', seq: 2 + flood.stored.length + 1 });
});

test('a file sent by a side out of tokens is refused as too fast, and stored once, in turn, when sent again after a pause', async () => {
  const { customer, agent } = await setup.answeredChat('file-chat-0001');
  pass(60_000);
  const flood = await sendAtOnce(customer, agent, 'file-chat-0001', 3 * BURST);
  expect(flood.refused.length).toBeGreaterThan(0);
  // Half a minute before the flood by the handlers' clock, the bucket is empty however slow this machine is.
  pass(-30_000);
  const fileId = await uploadAndSend(customer, 'file-chat-0001', 'receipt.pdf', pdf(), 'file-0001');
  expect(await customer.next('error', (f) => f.ref === 'file-0001')).toMatchObject({ code: 'rate-limited' });

  pass(60_000);
  customer.send({ action: 'file.send', chatId: 'file-chat-0001', clientMessageId: 'file-0001', fileId, name: 'receipt.pdf' });

  const stored = await agent.next('message', (f) => f.message.clientMessageId === 'file-0001');
  expect(stored.message).toMatchObject({ kind: 'file', text: 'receipt.pdf', seq: 2 + flood.stored.length + 1 });
});

test('a conversation at a human pace takes one chat write per message, never a refused one', async () => {
  const { customer, agent } = await setup.answeredChat('pace-chat-0001');
  await runtime.idle();
  const before = (await runtime.metrics()).lambda.dynamo.byHandler.WsMessageSend;
  const turns = 10;

  for (let turn = 0; turn < turns; turn++) {
    pass(3000);
    await (turn % 2 ? say(agent, customer, 'pace-chat-0001', `Agent ${turn}`) : say(customer, agent, 'pace-chat-0001', `Customer ${turn}`));
  }
  await runtime.idle();

  const after = (await runtime.metrics()).lambda.dynamo.byHandler.WsMessageSend;
  // Per message: the connection's GetItem, the chat's UpdateItem, the message's PutItem, the confirmations Query.
  expect({ calls: after.calls - (before?.calls ?? 0), conditionFailures: after.conditionFailures - (before?.conditionFailures ?? 0) })
    .toEqual({ calls: 4 * turns, conditionFailures: 0 });
});

test('a chat stored before either side had a bucket still takes messages from both', async () => {
  const { customer, agent } = await setup.answeredChat('older-chat-0001');
  pass(3000);
  await say(customer, agent, 'older-chat-0001', 'Before the buckets went');
  await withoutBuckets('older-chat-0001');

  pass(3000);
  const fromCustomer = await say(customer, agent, 'older-chat-0001', 'Still here');
  const fromAgent = await say(agent, customer, 'older-chat-0001', 'So am I');

  expect([fromCustomer.seq, fromAgent.seq]).toEqual([4, 5]);
});

/** Removes the chat item's buckets, leaving it as chats were stored before they had any. */
async function withoutBuckets(chatId: string) {
  const db = DynamoDBDocumentClient.from(new DynamoDBClient({ endpoint: runtime.dynamoEndpoint, region: runtime.region, credentials: runtime.credentials }));
  const { Attributes } = await db.send(new UpdateCommand({
    TableName: runtime.tableName, Key: { pk: `CHAT#${chatId}`, sk: 'CHAT' }, UpdateExpression: 'REMOVE customerTat, agentTat', ReturnValues: 'ALL_OLD',
  }));
  db.destroy();
  // It had one: the removal is what the test is about.
  expect(Attributes).toHaveProperty('customerTat');
}
