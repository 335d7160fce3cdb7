/**
 * A console offline past the agent-gone time comes back to find its chat gone back to the queue:
 * the chat leaves My chats, a notice says what happened, and Answer takes the chat back (or, once a
 * colleague has answered it, the notice says so).
 */
import type { Browser } from 'playwright-core';
import { AGENT_GONE_MINUTES } from '../../functions/protocol/constants';
import { ANNA, BRAM, type TestRuntime } from '../support/runtime';
import { startRuntimeAndBrowser } from '../support/e2e-world';
import { MILA, NOOR, openConsole, startChat, endChat } from './steps';

let runtime: TestRuntime;
let browser: Browser;

startRuntimeAndBrowser((started) => ({ runtime, browser } = started));

async function answerThenGoOffline(customer: typeof MILA) {
  const anna = await openConsole(browser, runtime, ANNA, 'Present');
  await startChat(browser, runtime, customer);
  await anna.getByRole('button', { name: 'Get next in queue' }).click();
  await anna.getByRole('list', { name: 'Conversation' }).getByText(customer.question).waitFor();
  await anna.getByRole('region', { name: 'My chats' }).getByText(customer.name, { exact: true }).waitFor();
  await anna.context().setOffline(true);
  const dropped = runtime.gateway.registry.all();
  dropped.forEach((connection) => connection.socket.terminate());
  await anna.getByText('Reconnecting…', { exact: false }).waitFor();
  // The console sees the drop before the server has run `$disconnect`, which marks Anna gone.
  while (dropped.some((connection) => runtime.gateway.registry.get(connection.connectionId))) await anna.waitForTimeout(10);
  await runtime.idle();
  const report = (await runtime.scheduler.fire('Sweeper', new Date(Date.now() + AGENT_GONE_MINUTES * 60_000 + 30_000))) as { chatsOfGoneAgents: number };
  expect(report.chatsOfGoneAgents).toBe(1);
  return anna;
}

test('a chat requeued while the console was offline leaves My chats, and Answer takes it back', async () => {
  const anna = await answerThenGoOffline(MILA);
  const conversation = anna.getByRole('list', { name: 'Conversation' });
  const myChats = anna.getByRole('region', { name: 'My chats' });

  await anna.context().setOffline(false);
  const notice = anna.getByRole('status').filter({ hasText: `While you were offline, your chat with ${MILA.name} went back to the queue.` });
  await notice.waitFor();
  await myChats.getByText(MILA.name, { exact: true }).waitFor({ state: 'detached' });
  await anna.getByRole('textbox', { name: 'Message' }).waitFor({ state: 'detached' });

  await notice.getByRole('button', { name: 'Answer' }).click();
  await conversation.getByText(`${ANNA.name} is no longer available; the chat went back to the queue`, { exact: false }).waitFor();
  await myChats.getByText(MILA.name, { exact: true }).waitFor();
  await anna.getByRole('textbox', { name: 'Message' }).waitFor();

  // Leave no chat and no console of Anna's behind for the next test.
  await endChat(anna);
  await myChats.getByText('No ongoing chats.').waitFor();
  await anna.context().close();
}, 60_000);

test('a chat a colleague answered while the console was offline leaves My chats, and the notice names no Answer', async () => {
  const anna = await answerThenGoOffline(NOOR);
  const bram = await openConsole(browser, runtime, BRAM, 'Present');
  await bram.getByRole('button', { name: 'Get next in queue' }).click();
  await bram.getByRole('list', { name: 'Conversation' }).getByText(NOOR.question).waitFor();

  await anna.context().setOffline(false);
  const notice = anna.getByRole('status').filter({ hasText: `While you were offline, your chat with ${NOOR.name} went to a colleague.` });
  await notice.waitFor();
  expect(await notice.getByRole('button', { name: 'Answer' }).count()).toBe(0);
  await anna.getByRole('region', { name: 'My chats' }).getByText('No ongoing chats.').waitFor();
}, 60_000);
