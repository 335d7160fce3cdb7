/**
 * The browser says it is offline before the socket notices (a socket can stay open, silent, for a
 * long time): the console says so at once, and back online it is connected again without a reload.
 */
import type { Browser } from 'playwright-core';
import { ANNA, type TestRuntime } from '../support/runtime';
import { MILA, openConsole, startChat } from './steps';
import { startRuntimeAndBrowser } from '../support/e2e-world';

let runtime: TestRuntime;
let browser: Browser;

startRuntimeAndBrowser((started) => ({ runtime, browser } = started));

test("offline by the browser's word, the console says so at once; back online it is connected again, still Present", async () => {
  const anna = await openConsole(browser, runtime, ANNA, 'Present');
  await anna.getByRole('tab', { name: /^Dashboard/ }).click();
  await anna.context().setOffline(true);
  const banner = anna.getByRole('status').filter({ hasText: /^(Reconnecting|Connecting)…/ });
  await banner.waitFor({ timeout: 1500 });

  await anna.context().setOffline(false);
  await banner.waitFor({ state: 'detached', timeout: 15_000 });
  await startChat(browser, runtime, MILA);
  await anna.getByRole('table', { name: 'Incoming chats' }).getByRole('row').filter({ hasText: MILA.name }).waitFor();
}, 60_000);
