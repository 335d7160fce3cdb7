/**
 * A person's Activities give a chat's length in minutes and seconds, as Statistics does, rather than
 * rounded to whole minutes. The handlers' clock is moved on while the chat goes on, so the test need not wait.
 */
import type { Browser } from 'playwright-core';
import { ANNA, type TestRuntime } from '../support/runtime';
import { startRuntimeAndBrowser } from '../support/e2e-world';
import { shiftedClock } from '../support/shifted-clock';
import { answeredChat, endChat, MILA } from './steps';

let runtime: TestRuntime;
let browser: Browser;
const clock = shiftedClock();

startRuntimeAndBrowser((started) => ({ runtime, browser } = started), { handlerEnv: clock.env });
afterAll(() => clock.remove());

test('a chat of over a minute shows as minutes and seconds under the Activities', async () => {
  const { agent: anna } = await answeredChat(browser, runtime, ANNA, MILA);
  const panel = anna.getByRole('complementary', { name: 'Customer' });
  await panel.getByRole('button', { name: 'Create contact' }).click();
  await panel.getByRole('form', { name: 'New contact' }).getByRole('button', { name: 'Save contact' }).click();
  const activities = panel.getByRole('region', { name: 'Activities' });
  await activities.getByText('No activities yet.').waitFor();

  // Seventy seconds and a few on: whole minutes would say "1 min".
  clock.standAt(Date.now() + 70_000);
  await endChat(anna);
  await activities.getByText(/^Chat ended .+ · Anna de Vries · 1 min \d{1,2} s · \d+ messages?$/).waitFor();
}, 60_000);
