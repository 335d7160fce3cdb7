/** After a reload the console opens a chat still going, not one that ended since (which comes first, newest). */
import type { Browser } from 'playwright-core';
import { ANNA, type TestRuntime } from '../support/runtime';
import { MILA, NOOR, endChat, openConsole, startChat } from './steps';
import { startRuntimeAndBrowser } from '../support/e2e-world';

let runtime: TestRuntime;
let browser: Browser;

startRuntimeAndBrowser((started) => ({ runtime, browser } = started));

test('a reload opens the ongoing chat, and leaves the ended one under Recent chat sessions', async () => {
  const anna = await openConsole(browser, runtime, ANNA, 'Present');
  await startChat(browser, runtime, MILA);
  await anna.getByRole('button', { name: 'Get next in queue' }).click();
  await anna.getByRole('list', { name: 'Conversation' }).getByText(MILA.question).waitFor();
  // The newer chat ends: the one still going is the older.
  await startChat(browser, runtime, NOOR);
  await anna.getByRole('button', { name: 'Get next in queue' }).click();
  await anna.getByRole('list', { name: 'Conversation' }).getByText(NOOR.question).waitFor();
  await endChat(anna);
  await anna.getByText('This chat has ended.').waitFor();
  await anna.getByRole('region', { name: 'My chats' }).getByRole('button', { name: new RegExp(MILA.name) }).click();
  await anna.getByRole('region', { name: `Chat with ${MILA.name}` }).waitFor();

  for (let i = 0; i < 3; i++) {
    await anna.reload();
    await anna.getByRole('region', { name: 'Recent chat sessions' }).getByRole('button', { name: new RegExp(NOOR.name) }).waitFor();
    await anna.getByRole('region', { name: `Chat with ${MILA.name}` }).waitFor();
    expect(await anna.getByRole('region', { name: `Chat with ${NOOR.name}` }).count()).toBe(0);
  }
}, 60_000);
