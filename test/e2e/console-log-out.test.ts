/**
 * Log out while chats go on: the console asks first and says what becomes of them (back to the queue
 * unless the agent returns in time); "Stay logged in" keeps everything as it was.
 */
import type { Browser } from 'playwright-core';
import { seriousViolations } from '../support/axe';
import { ANNA, type TestRuntime } from '../support/runtime';
import { startRuntimeAndBrowser } from '../support/e2e-world';
import { MILA, openConsole, startChat } from './steps';

let runtime: TestRuntime;
let browser: Browser;

startRuntimeAndBrowser((started) => ({ runtime, browser } = started));

test('an agent with an ongoing chat is asked before logging out, and can stay', async () => {
  const anna = await openConsole(browser, runtime, ANNA, 'Present');
  await startChat(browser, runtime, MILA);
  await anna.getByRole('button', { name: 'Get next in queue' }).click();
  await anna.getByRole('list', { name: 'Conversation' }).getByText(MILA.question).waitFor();

  await anna.getByRole('banner').getByRole('button', { name: 'Log out' }).click();
  const dialog = anna.getByRole('dialog', { name: 'Log out?' });
  await dialog.getByText('You have 1 ongoing chat. If you are not back within 5 minutes, it goes back to the queue for a colleague to answer.').waitFor();
  expect(await seriousViolations(anna)).toEqual([]);
  await dialog.getByRole('button', { name: 'Stay logged in' }).click();
  await dialog.waitFor({ state: 'detached' });
  await anna.getByRole('textbox', { name: 'Message' }).waitFor();

  await anna.getByRole('banner').getByRole('button', { name: 'Log out' }).click();
  await dialog.getByRole('button', { name: 'Log out' }).click();
  await anna.getByRole('button', { name: 'Log in' }).waitFor();
}, 60_000);
