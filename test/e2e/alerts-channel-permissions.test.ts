/**
 * Unanswered-chat pop-ups go only to agents who may answer the chat: one whose channel permission
 * has Notifications on but "Can respond" off gets none, neither from the console's own countdown
 * nor from the server's sweeper, while a colleague who may respond does.
 */
import { connectCustomer } from '../support/clients';
import { ANNA, BRAM } from '../support/runtime';
import { MILA, openConsole } from './steps';
import { alertsWorld } from './alerts-world';

// Anna answers and is notified; Bram is notified but may not respond. The warning comes after 10 s.
const world = alertsWorld({ canRespond: false, notifications: true, canListenIn: false, manager: false }, 600);

test('an agent notified on a channel where they may not respond gets no pop-up for its chats', async () => {
  const [anna, bram] = [await openConsole(world.browser, world.runtime, ANNA, 'Present'), await openConsole(world.browser, world.runtime, BRAM, 'Present')];
  const customer = await connectCustomer(world.runtime.url, world.runtime.wsUrl);
  world.clients.push(customer);
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
  expect(await world.runtime.scheduler.fire('Sweeper', new Date(Date.now() + 15_000))).toMatchObject({ alertsRaised: 1 });
  await world.runtime.idle();
  await bram.waitForTimeout(500);
  expect(await bram.getByRole('alertdialog').count()).toBe(0);
}, 60_000);
