/**
 * The local bus meters what EventBridge bills: each entry put on the bus (per 64 KB), however many
 * rules deliver it. The benchmark's cost model reads this count.
 */
import type { TestRuntime } from '../support/runtime';
import { runtimePerFile } from '../support/runtime-world';
import { chatSetup } from '../support/chat-setup';

let runtime: TestRuntime;
const { clients, answeredChat } = chatSetup(() => runtime);

runtimePerFile((started) => (runtime = started), clients);

test('a chat puts three events on the bus although chat.ended reaches more than one consumer', async () => {
  const before = (await runtime.metrics()).eventsPublished;
  const eventInvocations = async () => {
    const { invocations } = (await runtime.metrics()).lambda;
    return ['EventStatsWriter', 'EventHistoryWriter', 'EventActivityWriter'].reduce((sum, name) => sum + (invocations[name]?.count ?? 0), 0);
  };
  const deliveredBefore = await eventInvocations();

  const { agent } = await answeredChat('metered-chat-0001');
  agent.send({ action: 'chat.end', chatId: 'metered-chat-0001' });
  await agent.next('chat', (f) => f.chat.status === 'ended');
  await runtime.idle();

  // chat.started, chat.answered and chat.ended were put once each.
  expect((await runtime.metrics()).eventsPublished - before).toBe(3);
  // The statistics writer takes all three; chat.ended also goes to the history writer, and to the
  // activity writer only when the chat is linked to a person (its rule matches on personId).
  expect(await eventInvocations() - deliveredBefore).toBe(4);
  expect((await runtime.metrics()).lambda.invocations.EventActivityWriter?.count ?? 0).toBe(0);
});

test('an entry the bus refuses is not billed', async () => {
  const before = (await runtime.metrics()).eventsPublished;
  runtime.bus.refuseAll = true;
  try {
    const { agent } = await answeredChat('metered-chat-0002');
    await runtime.idle();
    agent.send({ action: 'chat.end', chatId: 'metered-chat-0002' });
    await agent.next('chat', (f) => f.chat.status === 'ended');
    await runtime.idle();
  } finally {
    runtime.bus.refuseAll = false;
  }
  expect((await runtime.metrics()).eventsPublished - before).toBe(0);
});
