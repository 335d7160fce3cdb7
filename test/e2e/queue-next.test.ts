/** The Chats tab's queue: In queue counts the waiting chats and Get next in queue answers the oldest first. */
import type { Browser } from 'playwright-core';
import { ANNA, type TestRuntime } from '../support/runtime';
import { MILA, NOOR, openConsole, startChat } from './steps';
import { startRuntimeAndBrowser } from '../support/e2e-world';

let runtime: TestRuntime;
let browser: Browser;

startRuntimeAndBrowser((started) => ({ runtime, browser } = started));

test('Get next in queue answers the customer who has waited longest, then the next', async () => {
  const anna = await openConsole(browser, runtime, ANNA, 'Present');
  const inQueue = (count: number) => anna.getByLabel('In queue').filter({ hasText: new RegExp(`^${count}$`) });

  await startChat(browser, runtime, MILA);
  await inQueue(1).waitFor();
  await startChat(browser, runtime, NOOR);
  await inQueue(2).waitFor();

  const conversation = anna.getByRole('list', { name: 'Conversation' });
  await anna.getByRole('button', { name: 'Get next in queue' }).click();
  await conversation.getByText(MILA.question).waitFor();
  await inQueue(1).waitFor();
  await anna.getByRole('tab', { name: 'Chats, 1 ongoing' }).waitFor();

  await anna.getByRole('button', { name: 'Get next in queue' }).click();
  await conversation.getByText(NOOR.question).waitFor();
  await inQueue(0).waitFor();
  await anna.getByRole('tab', { name: 'Chats, 2 ongoing' }).waitFor();

  const myChats = anna.getByRole('navigation', { name: 'Chats' }).getByRole('region', { name: 'My chats' });
  await myChats.getByRole('button', { name: new RegExp(MILA.name) }).waitFor();
  await myChats.getByRole('button', { name: new RegExp(NOOR.name) }).waitFor();
}, 60_000);

test('Get next in queue with nobody waiting says so', async () => {
  const anna = await openConsole(browser, runtime, ANNA, 'Away');
  await anna.getByRole('button', { name: 'Get next in queue' }).click();
  await anna.getByRole('status').getByText('No customers are waiting.').waitFor();
}, 60_000);
