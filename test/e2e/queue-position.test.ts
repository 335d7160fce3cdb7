/** Waiting customers see their place in the queue, and an estimate of the wait once chats have been answered. */
import type { Browser } from 'playwright-core';
import { ANNA, type TestRuntime } from '../support/runtime';
import { MILA, NOOR, openConsole, startChat } from './steps';
import { startRuntimeAndBrowser } from '../support/e2e-world';

let runtime: TestRuntime;
let browser: Browser;

startRuntimeAndBrowser((started) => ({ runtime, browser } = started));

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

test('a waiting customer who reloads the page sees their number again at once', async () => {
  await openConsole(browser, runtime, ANNA, 'Present');
  await startChat(browser, runtime, MILA);
  const noor = await startChat(browser, runtime, NOOR);
  // Customers of the test before may still wait ahead, and an estimate may follow: the number is
  // whatever it is, and the same after the reload.
  const place = noor.getByText(/^You are number \d+ in the queue\./);
  await place.waitFor();
  const number = (await place.textContent())!.match(/number (\d+)/)![1];

  await noor.reload();
  await noor.getByText(`You are number ${number} in the queue.`).waitFor({ timeout: 10_000 });
}, 60_000);
