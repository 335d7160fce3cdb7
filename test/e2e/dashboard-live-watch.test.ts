/** The live figures reach only consoles that show them: the Dashboard watches them, the Chats tab hears none. */
import type { Browser, Page } from 'playwright-core';
import { ANNA, BRAM, type TestRuntime } from '../support/runtime';
import { MILA, openConsole, openPage, setStatus, startChat } from './steps';
import { startRuntimeAndBrowser } from '../support/e2e-world';

let runtime: TestRuntime;
let browser: Browser;

startRuntimeAndBrowser((started) => ({ runtime, browser } = started));

/** A console signed in and Present, with every `stats.live` frame its socket receives noted. */
async function consoleHearingFigures(login: { email: string; password: string }): Promise<{ page: Page; heard: string[] }> {
  const page = await openPage(browser, runtime, '/agent/');
  const heard: string[] = [];
  page.on('websocket', (ws) => ws.on('framereceived', ({ payload }) => String(payload).includes('"type":"stats.live"') && heard.push(String(payload))));
  await page.getByLabel('Email').fill(login.email);
  await page.getByLabel('Password').fill(login.password);
  await page.getByRole('button', { name: 'Log in' }).click();
  await setStatus(page, 'Present');
  return { page, heard };
}

test('a console on the Chats tab is sent no live figures while one on the Dashboard sees them change', async () => {
  const bram = await consoleHearingFigures(BRAM);
  const anna = await openConsole(browser, runtime, ANNA, 'Present');
  const figure = (label: string) => anna.locator('.figure').filter({ hasText: label }).locator('dd');
  await anna.getByRole('tab', { name: /^Dashboard/ }).click();
  await figure('Active chat sessions').filter({ hasText: /^0$/ }).waitFor();

  const shop = await startChat(browser, runtime, MILA);
  await bram.page.getByRole('button', { name: 'Get next in queue' }).click();
  await bram.page.getByRole('list', { name: 'Conversation' }).getByText(MILA.question).waitFor();
  await figure('Active chat sessions').filter({ hasText: /^1$/ }).waitFor();
  await figure('Chats answered today').filter({ hasText: /^1$/ }).waitFor();

  expect(bram.heard).toEqual([]);
  await Promise.all([anna.context().close(), bram.page.context().close(), shop.context().close()]);
});

test('a console that opens the Dashboard is told the figures at once, and one that leaves it hears no more', async () => {
  const anna = await consoleHearingFigures(ANNA);
  const bram = await openConsole(browser, runtime, BRAM, 'Present');
  await anna.page.getByRole('tab', { name: /^Dashboard/ }).click();
  await anna.page.locator('.figure').filter({ hasText: 'Chats answered today' }).locator('dd').filter({ hasText: /^\d+$/ }).waitFor();
  const answered = Number(await anna.page.locator('.figure').filter({ hasText: 'Chats answered today' }).locator('dd').textContent());
  await anna.page.getByRole('tab', { name: /^Chats/ }).click();
  const heardOnDashboard = anna.heard.length;

  const shop = await startChat(browser, runtime, MILA);
  await bram.getByRole('button', { name: 'Get next in queue' }).click();
  await bram.getByRole('list', { name: 'Conversation' }).getByText(MILA.question).waitFor();
  // The answer is counted (and its figures pushed to whoever watches) before Anna looks again.
  await runtime.idle();
  await anna.page.getByRole('tab', { name: /^Dashboard/ }).click();
  await anna.page.locator('.figure').filter({ hasText: 'Chats answered today' }).locator('dd').filter({ hasText: new RegExp(`^${answered + 1}$`) }).waitFor();

  // Only the answer to opening the Dashboard again, never the push of the answer made meanwhile.
  expect(anna.heard.length).toBe(heardOnDashboard + 1);
  await Promise.all([anna.page.context().close(), bram.context().close(), shop.context().close()]);
});
