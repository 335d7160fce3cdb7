/**
 * The manager warning comes from the console's own countdown, at the channel's manager warning time,
 * to a Present manager of the channel, not a minute later with the server's sweep. A manager who may
 * not respond there gets no Answer (it would be refused); going Away closes the pop-up.
 */
import { connectCustomer } from '../support/clients';
import { ANNA, BRAM } from '../support/runtime';
import { MILA, openConsole } from './steps';
import { alertsWorld } from './alerts-world';

// Anna answers the channel's chats; Bram manages them without answering. Warnings after 10 s and 20 s.
const world = alertsWorld({ canRespond: false, notifications: false, canListenIn: false, manager: true }, 20);

test("a Present manager of the channel gets the manager warning at the channel's time, without an Answer they could not use", async () => {
  const [anna, bram] = [await openConsole(world.browser, world.runtime, ANNA, 'Present'), await openConsole(world.browser, world.runtime, BRAM, 'Present')];
  const customer = await connectCustomer(world.runtime.url, world.runtime.wsUrl);
  world.clients.push(customer);
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
