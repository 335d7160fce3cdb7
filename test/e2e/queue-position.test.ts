/** Waiting customers see their place in the queue, and an estimate of the wait once chats have been answered. */
import type { Browser } from 'playwright-core';
import { launchChromium } from '../support/browser';
import { ANNA, startTestRuntime, type TestRuntime } from '../support/runtime';
import { MILA, NOOR, openConsole, startChat } from './steps';

let runtime: TestRuntime;
let browser: Browser;

beforeAll(async () => {
  [runtime, browser] = await Promise.all([startTestRuntime(), launchChromium()]);
}, 60_000);
afterAll(async () => {
  await browser?.close();
  await runtime?.stop();
});

test('each waiting customer sees their number in the queue, updated as chats are answered', async () => {
  const anna = await openConsole(browser, runtime, ANNA, 'Present');
  const mila = await startChat(browser, runtime, MILA);
  await mila.getByText('You are number 1 in the queue.').waitFor();
  const noor = await startChat(browser, runtime, NOOR);
  await noor.getByText('You are number 2 in the queue.').waitFor();
  await mila.getByText('You are number 1 in the queue.').waitFor();

  await anna.getByRole('button', { name: 'Get next in queue' }).click();
  await mila.getByText(`You are chatting with ${ANNA.name}.`).waitFor();
  await noor.getByText(/^You are number 1 in the queue\. Estimated wait: (less than a minute|about \d+ min)\.$/).waitFor();
}, 60_000);
