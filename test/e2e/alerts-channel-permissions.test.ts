/**
 * Unanswered-chat pop-ups go only to agents who may answer the chat: one whose channel permission
 * has Notifications on but "Can respond" off gets none, neither from the console's own countdown
 * nor from the server's sweeper, while a colleague who may respond does.
 */
import type { Browser } from 'playwright-core';
import { connectCustomer, type Client } from '../support/clients';
import { ANNA, BRAM, type TestRuntime } from '../support/runtime';
import { changeDefaultChannel } from '../support/admin';
import { startRuntimeAndBrowser } from '../support/e2e-world';
import { MILA, openConsole } from './steps';

let runtime: TestRuntime;
let browser: Browser;
const clients: Client[] = [];

// Anna answers and is notified; Bram is notified but may not respond. The warning comes after 10 s.
startRuntimeAndBrowser(async (started) => {
  ({ runtime, browser } = started);
  await changeDefaultChannel(runtime.url, (settings, idOf) => ({
    ...settings,
    unansweredWarningSeconds: 10,
    managerWarningSeconds: 600,
    agents: [
      { agentId: idOf(ANNA.email), canRespond: true, notifications: true, canListenIn: false, manager: false },
      { agentId: idOf(BRAM.email), canRespond: false, notifications: true, canListenIn: false, manager: false },
    ],
  }));
});
afterEach(async () => {
  await Promise.all(clients.splice(0).map((c) => c.close()));
  await Promise.all(browser.contexts().map((context) => context.close()));
});

test('an agent notified on a channel where they may not respond gets no pop-up for its chats', async () => {
  const [anna, bram] = [await openConsole(browser, runtime, ANNA, 'Present'), await openConsole(browser, runtime, BRAM, 'Present')];
  const customer = await connectCustomer(runtime.url, runtime.wsUrl);
  clients.push(customer);
  customer.send({ action: 'chat.start', chatId: 'e2e-alert-perm-01', name: MILA.name, email: MILA.email, question: MILA.question });
  await customer.next('chat');
  // Bram's Incoming chats lists none, and says why the figures count one waiting.
  await bram.getByRole('tab', { name: /^Dashboard/ }).click();
  await bram.getByRole('region', { name: 'Incoming chats' }).getByText('No customers are waiting on the channels you answer; 1 waits on other channels.').waitFor();

  // The consoles' own countdowns, at the channel's 10 s: Anna's pop-up, and none for Bram a moment later.
  const popUp = anna.getByRole('alertdialog', { name: 'Unanswered chat' });
  await popUp.getByText(new RegExp(`^${MILA.name} has been waiting`)).waitFor({ timeout: 20_000 });
  await bram.waitForTimeout(2000);
  expect(await bram.getByRole('alertdialog').count()).toBe(0);

  // The server's sweep raises its alert too: for Anna only.
  expect(await runtime.scheduler.fire('Sweeper', new Date(Date.now() + 15_000))).toMatchObject({ alertsRaised: 1 });
  await runtime.idle();
  await bram.waitForTimeout(500);
  expect(await bram.getByRole('alertdialog').count()).toBe(0);
}, 60_000);
