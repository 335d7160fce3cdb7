/** A channel's own queue message fills in the place, and says the wait is not known until a chat has been answered. */
import type { Browser } from 'playwright-core';
import { defaultChannelSettings } from '../../functions/protocol/channel-defaults';
import { api, loginAgent } from '../support/clients';
import { ANNA, type TestRuntime } from '../support/runtime';
import { ADMIN, MILA, NOOR, openConsole, startChat } from './steps';
import { startRuntimeAndBrowser } from '../support/e2e-world';

let runtime: TestRuntime;
let browser: Browser;

startRuntimeAndBrowser(async (started) => {
  ({ runtime, browser } = started);
  const { token } = await loginAgent(runtime.url, ADMIN.email, ADMIN.password);
  const settings = { ...defaultChannelSettings(), look: { ...defaultChannelSettings().look, queueMessage: 'You are #{position}. Wait: {wait}.' } };
  expect((await api(runtime.url, '/api/channels', { token, body: { settings, version: 0 } })).status).toBe(200);
});

test('the wait is "not known yet" before any chat was answered, and estimated after', async () => {
  const anna = await openConsole(browser, runtime, ANNA, 'Present');
  const mila = await startChat(browser, runtime, MILA);
  await mila.getByText('You are #1. Wait: not known yet.').waitFor();
  const noor = await startChat(browser, runtime, NOOR);
  await noor.getByText('You are #2. Wait: not known yet.').waitFor();

  await anna.getByRole('button', { name: 'Get next in queue' }).click();
  await noor.getByText(/^You are #1\. Wait: (less than a minute|about \d+ min)\.$/).waitFor();
}, 60_000);
