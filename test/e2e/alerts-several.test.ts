/**
 * Several chats past their warning time: one pop-up shows at a time and says how many others wait
 * too long; dismissing it shows the next, which then stands alone.
 */
import type { Browser } from 'playwright-core';
import { ANNA, type TestRuntime } from '../support/runtime';
import { MILA, NOOR, openConsole, startChat } from './steps';
import { startRuntimeAndBrowser } from '../support/e2e-world';

let runtime: TestRuntime;
let browser: Browser;

startRuntimeAndBrowser((started) => ({ runtime, browser } = started));

test('two chats past the warning time: the pop-up names one and says the other waits too; Dismiss shows the other', async () => {
  const anna = await openConsole(browser, runtime, ANNA, 'Present');
  await startChat(browser, runtime, MILA);
  await startChat(browser, runtime, NOOR);
  await anna.getByRole('tab', { name: 'Dashboard, 2 waiting' }).waitFor();

  await runtime.scheduler.fire('Sweeper', new Date(Date.now() + 90_000));
  const popUp = anna.getByRole('alertdialog', { name: 'Unanswered chat' });
  const first = popUp.getByText(new RegExp(`^(${MILA.name}|${NOOR.name}) has been waiting`));
  await first.waitFor();
  const firstName = (await first.textContent())!.startsWith(MILA.name) ? MILA.name : NOOR.name;
  await popUp.getByText('1 other chat is also waiting too long.').waitFor();

  await popUp.getByRole('button', { name: 'Dismiss' }).click();
  const other = firstName === MILA.name ? NOOR.name : MILA.name;
  await popUp.getByText(new RegExp(`^${other} has been waiting`)).waitFor();
  expect(await popUp.getByText(/also waiting too long/).count()).toBe(0);
}, 60_000);
