/** What storing and delivering one chat message costs in DynamoDB units: the benchmark's cost per chat rests on it. */
import type { TestRuntime } from '../support/runtime';
import { runtimePerTest } from '../support/runtime-world';
import { openClaimedChat } from '../support/chat-setup';
import type { Client } from '../support/clients';

let runtime: TestRuntime;
const clients: Client[] = [];

// Each side writes at a human pace as far as its rate limit can tell, so every message takes its first form.
runtimePerTest((started) => (runtime = started), clients, { handlerEnv: { LIMIT_FRAMES_PER_SECOND: '1000' } });

const unitsOf = async (handler: string) => {
  const { calls, readUnits, writeUnits } = (await runtime.metrics()).lambda.dynamo.byHandler[handler] ?? { calls: 0, readUnits: 0, writeUnits: 0 };
  return { calls, readUnits, writeUnits };
};
const sendUnits = () => unitsOf('WsMessageSend');

test('a message in a conversation takes two writes (its seq, itself) and one read unit (its sender, then the confirmations, both eventually consistent)', async () => {
  const { customer, anna } = await openClaimedChat(runtime, clients, 'units-chat-01', { name: 'Mila', email: 'mila@example.com', question: 'Hello?' });
  const before = await sendUnits();
  const turns = 6;
  for (let i = 0; i < turns; i++) {
    const [from, to] = i % 2 === 0 ? [customer, anna] : [anna, customer];
    from.send({ action: 'message.send', chatId: 'units-chat-01', clientMessageId: `units-message-${i}`, text: `Turn ${i}` });
    await to.next('message', (f) => f.message.clientMessageId === `units-message-${i}`);
  }
  await runtime.idle();
  const after = await sendUnits();

  expect((after.writeUnits - before.writeUnits) / turns).toBe(2);
  expect((after.readUnits - before.readUnits) / turns).toBe(1);
});

test('an "is typing" signal takes one read unit (its sender and its chat, both eventually consistent) and writes nothing', async () => {
  const { customer, anna } = await openClaimedChat(runtime, clients, 'units-chat-02', { name: 'Mila', email: 'mila@example.com', question: 'Hello?' });
  const before = await unitsOf('WsTyping');
  const signals = 4;
  for (let i = 0; i < signals; i++) {
    customer.send({ action: 'typing', chatId: 'units-chat-02' });
    await anna.next('typing');
  }
  await runtime.idle();
  const after = await unitsOf('WsTyping');

  expect((after.readUnits - before.readUnits) / signals).toBe(1);
  expect(after.writeUnits - before.writeUnits).toBe(0);
});

test('"is typing" that carries a read marker costs what chat.read costs: one write (the marker) and one read unit (its sender, then the confirmations), no read of the chat', async () => {
  const { customer, anna } = await openClaimedChat(runtime, clients, 'units-chat-03', { name: 'Mila', email: 'mila@example.com', question: 'Hello?' });
  const before = await unitsOf('WsTyping');
  const signals = 3;
  for (let i = 0; i < signals; i++) {
    customer.send({ action: 'message.send', chatId: 'units-chat-03', clientMessageId: `units-read-${i}`, text: `Question ${i}` });
    const { message } = await anna.next('message', (f) => f.message.clientMessageId === `units-read-${i}`);
    anna.send({ action: 'typing', chatId: 'units-chat-03', read: message.seq });
    await customer.next('read', (f) => f.seq === message.seq);
  }
  await runtime.idle();
  const after = await unitsOf('WsTyping');

  expect((after.writeUnits - before.writeUnits) / signals).toBe(1);
  expect((after.readUnits - before.readUnits) / signals).toBe(1);
});
