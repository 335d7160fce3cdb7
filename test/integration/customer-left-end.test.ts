/**
 * An answered chat whose customer left the page and stays gone: ten minutes after they left, the
 * sweep ends it as ended by the customer, and both sides get the end. A customer back in time keeps
 * the chat; a chat its agent ended meanwhile is left as it was.
 */
import { ANNA, BRAM, type TestRuntime } from '../support/runtime';
import { runtimePerTest } from '../support/runtime-world';
import { chatSetup } from '../support/chat-setup';
import { api, connectAgent, connectPresent, loginAgent, type Client } from '../support/clients';
import { ADMIN } from '../support/admin';
import { addDays, localParts } from '../../functions/domain/stats/zoned-time';
import type { StatsFigures } from '../../functions/protocol';

let runtime: TestRuntime;
const { clients, open, answeredChat } = chatSetup(() => runtime);

runtimePerTest((started) => (runtime = started), clients);

/** The rule under test (CUSTOMER_LEFT_ENDS_CHAT_MINUTES). */
const ENDS_AFTER_MS = 10 * 60_000;

/** The customer closes the page; resolves with when the agent was told they left. */
async function customerLeaves(customer: Client, agent: Client, chatId: string): Promise<number> {
  await customer.close();
  const left = await agent.next('chat', (f) => f.chat.chatId === chatId && f.chat.customerLeftAt !== undefined);
  return left.chat.customerLeftAt!;
}

/**
 * Sweeps at `at`. A sweep ten minutes on also finds the agent's console silent
 * (this test sends no heartbeats into the future) and closes it, so the agent is asked again afterwards.
 */
const sweepAt = (at: number) => runtime.scheduler.fire('Sweeper', new Date(at));

test('a customer gone ten minutes does not come back: the chat ends as theirs, and both sides are told', async () => {
  const { visitor, customer, agent } = await answeredChat('left-end-chat-1');
  const leftAt = await customerLeaves(customer, agent, 'left-end-chat-1');

  expect(await sweepAt(leftAt + 2 * 60_000)).toMatchObject({ chatsLeftAnswered: 0 });
  expect(await sweepAt(leftAt + ENDS_AFTER_MS + 1_000)).toMatchObject({ chatsLeftAnswered: 1, chatsOfGoneAgents: 0 });

  const anna = await connectAgent(runtime.url, runtime.wsUrl, ANNA.email, ANNA.password);
  clients.push(anna);
  expect(anna.frames.find((f) => f.type === 'chat' && f.chat.chatId === 'left-end-chat-1')).toMatchObject({ chat: { status: 'ended' } });
  const line = anna.frames.find((f) => f.type === 'message' && f.message.chatId === 'left-end-chat-1' && f.message.event === 'ended');
  expect(line).toMatchObject({ message: { text: 'Sam left the page and did not come back, which ended the chat', byCustomer: true } });

  // Back on the site later, the customer finds the chat ended, with the same line.
  const back = await open(visitor.token);
  back.send({ action: 'sync', cursors: { 'left-end-chat-1': 2 } });
  expect((await back.next('chat')).chat.status).toBe('ended');
  expect((await back.next('message', (f) => f.message.event === 'ended')).message.text).toBe('Sam left the page and did not come back, which ended the chat');
  // Ended once: a later sweep finds nothing left to end.
  expect(await sweepAt(leftAt + ENDS_AFTER_MS + 61_000)).toMatchObject({ chatsLeftAnswered: 0 });

  // Its handling time ends when the customer left, not ten minutes later when the chat did.
  await runtime.idle();
  const { token } = await loginAgent(runtime.url, ADMIN.email, ADMIN.password);
  const today = localParts(Date.now(), 'Europe/Amsterdam').date;
  const { body } = await api<StatsFigures>(runtime.url, `/api/stats?from=${addDays(today, -1)}&to=${addDays(today, 1)}`, { method: 'GET', token });
  expect(body.totals).toMatchObject({ answered: 1, ended: 1 });
  expect(body.totals.handlingAverageSeconds).toBeLessThan(60);
});

test('a customer back within ten minutes keeps the chat', async () => {
  const { visitor, customer, agent } = await answeredChat('left-end-chat-2');
  const leftAt = await customerLeaves(customer, agent, 'left-end-chat-2');
  const back = await open(visitor.token);
  back.send({ action: 'sync', cursors: { 'left-end-chat-2': 2 } });
  await back.next('synced');
  await agent.next('chat', (f) => f.chat.chatId === 'left-end-chat-2' && f.chat.customerLeftAt === undefined);

  expect(await sweepAt(leftAt + ENDS_AFTER_MS + 1_000)).toMatchObject({ chatsLeftAnswered: 0 });
  expect(back.frames.filter((f) => f.type === 'message' && f.message.event === 'ended')).toEqual([]);
});

test('a chat its agent ended meanwhile is left as the agent ended it', async () => {
  const { customer, agent } = await answeredChat('left-end-chat-4');
  const leftAt = await customerLeaves(customer, agent, 'left-end-chat-4');
  agent.send({ action: 'chat.end', chatId: 'left-end-chat-4' });
  const ended = await agent.next('message', (f) => f.message.chatId === 'left-end-chat-4' && f.message.event === 'ended');
  expect(ended.message.byCustomer).toBeUndefined();

  expect(await sweepAt(leftAt + ENDS_AFTER_MS + 1_000)).toMatchObject({ chatsLeftAnswered: 0 });
});

test('a chat back in the queue (its agent gone too) with its customer still away ends once answered again', async () => {
  const { customer, agent } = await answeredChat('left-end-chat-5');
  const leftAt = await customerLeaves(customer, agent, 'left-end-chat-5');
  // Anna's console goes too: five minutes on, the sweep hands her chat back to the queue.
  await agent.close();
  await runtime.idle();
  expect(await sweepAt(leftAt + 6 * 60_000)).toMatchObject({ chatsOfGoneAgents: 1, chatsLeftAnswered: 0 });
  expect(await sweepAt(leftAt + ENDS_AFTER_MS + 1_000)).toMatchObject({ chatsLeftAnswered: 0 });

  // Bram answers it while the customer is still away: the next sweep ends it.
  const bram = await connectPresent(runtime.url, runtime.wsUrl, BRAM);
  clients.push(bram);
  bram.send({ action: 'queue.claim', chatId: 'left-end-chat-5' });
  expect((await bram.next('chat', (f) => f.chat.chatId === 'left-end-chat-5' && f.chat.status === 'active')).chat.customerLeftAt).toBe(leftAt);
  expect(await sweepAt(leftAt + ENDS_AFTER_MS + 61_000)).toMatchObject({ chatsLeftAnswered: 1 });
});
