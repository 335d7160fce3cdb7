/** An admin changes an agent's role while the agent's console is open: its tabs follow at once, without a reload. */
import type { Browser, Page } from 'playwright-core';
import { BRAM, type TestRuntime } from '../support/runtime';
import { startRuntimeAndBrowser } from '../support/e2e-world';
import { agentByEmail, asAdmin } from '../support/admin';
import { openConsole } from './steps';

let runtime: TestRuntime;
let browser: Browser;
let page: Page;

// Declared first, so the page is closed before the browser.
afterAll(() => page?.context().close());
startRuntimeAndBrowser((started) => ({ runtime, browser } = started));

const setRole = async (role: string) => {
  const bram = await agentByEmail(runtime.url, BRAM.email);
  expect((await (await asAdmin(runtime.url)).change(bram.id, { change: 'role', role })).status).toBe(200);
};

test('made admin, the agent gets Statistics and Admin; made agent again while on Admin, both go and the Dashboard shows', async () => {
  page = await openConsole(browser, runtime, BRAM, 'Away');
  const tablist = page.getByRole('tablist');
  await tablist.getByRole('tab', { name: /^Dashboard/ }).waitFor();
  expect(await tablist.getByRole('tab', { name: 'Admin' }).count()).toBe(0);

  await setRole('admin');
  await tablist.getByRole('tab', { name: 'Statistics' }).waitFor();
  await tablist.getByRole('tab', { name: 'Admin' }).click();
  await page.getByRole('tab', { name: 'Admin', selected: true }).waitFor();

  await setRole('agent');
  await tablist.getByRole('tab', { name: 'Admin' }).waitFor({ state: 'detached' });
  expect(await tablist.getByRole('tab', { name: 'Statistics' }).count()).toBe(0);
  await tablist.getByRole('tab', { name: /^Dashboard/, selected: true }).waitFor();
});
