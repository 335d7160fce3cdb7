/**
 * The manager warning comes from the console's own countdown, at the channel's manager warning time,
 * to a Present manager of the channel, not a minute later with the server's sweep. A manager who may
 * not respond there gets no Answer (it would be refused); going Away closes the pop-up.
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

// Anna answers the channel's chats; Bram manages them without answering. Warnings after 10 s and 20 s.
startRuntimeAndBrowser(async (started) => {
  ({ runtime, browser } = started);
  await changeDefaultChannel(runtime.url, (settings, idOf) => ({
    ...settings,
    unansweredWarningSeconds: 10,
    managerWarningSeconds: 20,
    agents: [
      { agentId: idOf(ANNA.email), canRespond: true, notifications: true, canListenIn: false, manager: false },
      { agentId: idOf(BRAM.email), canRespond: false, notifications: false, canListenIn: false, manager: true },
    ],
  }));
});
afterEach(async () => {
  await Promise.all(clients.splice(0).map((c) => c.close()));
  await Promise.all(browser.contexts().map((context) => context.close()));
});

test("a Present manager of the channel gets the manager warning at the channel's time, without an Answer they could not use", async () => {
  const [anna, bram] = [await openConsole(browser, runtime, ANNA, 'Present'), await openConsole(browser, runtime, BRAM, 'Present')];
  const customer = await connectCustomer(runtime.url, runtime.wsUrl);
  clients.push(customer);
  const startedAt = Date.now();
  customer.send({ action: 'chat.start', chatId: 'e2e-alert-manager-01', name: MILA.name, email: MILA.email, question: MILA.question });
  await customer.next('chat');

  const warning = bram.getByRole('alertdialog', { name: 'Unanswered chat — manager warning' });
  await warning.getByText(new RegExp(`^${MILA.name} has been waiting`)).waitFor({ timeout: 30_000 });
  // The countdown's, not the sweep's (none was fired): on time to the second or two.
  expect(Date.now() - startedAt).toBeGreaterThanOrEqual(20_000);
  expect(Date.now() - startedAt).toBeLessThan(26_000);
  expect(await warning.getByRole('button', { name: 'Answer' }).count()).toBe(0);
  await warning.getByRole('button', { name: 'Dismiss' }).waitFor();

  // Anna, who answers but does not manage, has the unanswered-chat pop-up and no manager warning.
  await anna.getByRole('alertdialog', { name: 'Unanswered chat' }).waitFor();
  expect(await anna.getByRole('alertdialog', { name: 'Unanswered chat — manager warning' }).count()).toBe(0);

  // Away, Bram sees no pop-ups.
  await bram.getByRole('group', { name: 'Status' }).getByRole('button', { name: 'Away' }).click();
  await warning.waitFor({ state: 'detached' });
}, 60_000);
