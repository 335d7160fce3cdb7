/** With every agent Away the widget shows only the offline form; the request it leaves shows up in the console. */
import type { Browser } from 'playwright-core';
import { ANNA, type TestRuntime } from '../support/runtime';
import { openConsole, openPage } from './steps';
import { startRuntimeAndBrowser } from '../support/e2e-world';

let runtime: TestRuntime;
let browser: Browser;

startRuntimeAndBrowser((started) => ({ runtime, browser } = started));

async function openWidget() {
  const shop = await openPage(browser, runtime, '/demo/');
  await shop.getByRole('button', { name: 'Chat with us' }).click();
  await shop.getByText('We are not online right now. Leave a message and we will get back to you.').waitFor();
  return shop;
}

/** Lines past the three the Requests list shows of a message. */
const LONG_TAIL = ['We are a yarn shop in Utrecht.', 'We would like 40 skeins a month.', 'Mornings suit us best.', 'Our number is 030 123 4567.'].join('\n');

test('a customer leaves a message through the offline form and the agent finds it under Requests, and opens it whole', async () => {
  const anna = await openConsole(browser, runtime, ANNA, 'Away');
  const shop = await openWidget();
  expect(await shop.getByRole('button', { name: 'Start chat' }).count()).toBe(0);
  expect(await shop.getByLabel('Your question').count()).toBe(0);

  await shop.getByLabel('Name').fill('Mila Bakker');
  await shop.getByLabel('Email').fill('mila@example.com');
  await shop.getByLabel('Message').fill(`Please call me about a wholesale order.\n${LONG_TAIL}`);
  await shop.getByRole('button', { name: 'Send message' }).click();
  const thanks = shop.getByText(/^Thank you\. Your request number is \d+\.$/);
  await thanks.waitFor();
  const number = (await thanks.textContent())!.match(/\d+/)![0];

  await anna.getByRole('tab', { name: 'Dashboard, 0 waiting' }).click();
  const row = anna.getByRole('table', { name: 'Requests' }).getByRole('row').filter({ hasText: 'Please call me about a wholesale order.' });
  await row.waitFor();
  await row.getByRole('button', { name: `Open request #${number}`, exact: true }).waitFor();
  await row.getByRole('cell', { name: 'Mila Bakker' }).waitFor();
  await row.getByRole('cell', { name: 'mila@example.com' }).waitFor();
  await row.getByRole('cell', { name: /^Offline form/ }).waitFor();
  // The channel's offline form files it as Normal priority, category Chat: each in its own column, not "Normal Chat" under Priority.
  expect((await row.getByRole('cell').allTextContents()).slice(3, 5)).toEqual(['Normal', 'Chat']);

  // The list shows three lines of the message; the request opened shows it whole, with its channel.
  await row.getByRole('button', { name: `Open request #${number}` }).click();
  const dialog = anna.getByRole('dialog', { name: `Request #${number}` });
  await dialog.getByText('Customer service', { exact: true }).waitFor();
  const message = dialog.getByText(/^Please call me about a wholesale order\./);
  expect(await message.evaluate((p) => [p.textContent, p.scrollHeight <= p.clientHeight + 1])).toEqual([`Please call me about a wholesale order.\n${LONG_TAIL}`, true]);
  await dialog.getByRole('button', { name: 'Close' }).click();
  await dialog.waitFor({ state: 'detached' });
}, 60_000);

test("the server's refusal of a field is said in the form's words, at the field", async () => {
  const shop = await openWidget();
  await shop.getByLabel('Name').fill('Mila Bakker');
  // The browser accepts an address without a top-level domain; the server does not.
  await shop.getByLabel('Email').fill('mila@example');
  await shop.getByLabel('Message').fill('Hello?');
  await shop.getByRole('button', { name: 'Send message' }).click();
  await shop.getByRole('alert').getByText('Email is not valid.', { exact: true }).waitFor();
  expect(await shop.getByLabel('Email').getAttribute('aria-invalid')).toBe('true');
  expect(await shop.getByText(/request number/).count()).toBe(0);
  // Edited, the refusal is over.
  await shop.getByLabel('Email').fill('mila@example.');
  await shop.getByText('Email is not valid.').waitFor({ state: 'detached' });
  expect(await shop.getByLabel('Email').getAttribute('aria-invalid')).toBe('false');
}, 60_000);

test('once an agent is Present, the customer gets the pre-chat form instead', async () => {
  await openConsole(browser, runtime, ANNA, 'Present');
  const shop = await openPage(browser, runtime, '/demo/');
  await shop.getByRole('button', { name: 'Chat with us' }).click();
  await shop.getByRole('button', { name: 'Start chat' }).waitFor();
  expect(await shop.getByRole('button', { name: 'Send message' }).count()).toBe(0);
}, 60_000);

test("a request left while an agent has the Dashboard open appears there at once, not at the list's next poll", async () => {
  const anna = await openConsole(browser, runtime, ANNA, 'Away');
  await anna.getByRole('tab', { name: /^Dashboard/ }).click();
  await anna.getByRole('table', { name: 'Requests' }).waitFor();
  const shop = await openWidget();
  await shop.getByLabel('Name').fill('Noor Visser');
  await shop.getByLabel('Email').fill('noor@example.com');
  await shop.getByLabel('Message').fill('Do you deliver on Saturdays?');
  await shop.getByRole('button', { name: 'Send message' }).click();
  await shop.getByText(/^Thank you\. Your request number is \d+\.$/).waitFor();

  // The list is read again every 30 s; the server's word brings it sooner.
  await anna.getByRole('table', { name: 'Requests' }).getByRole('row').filter({ hasText: 'Do you deliver on Saturdays?' }).waitFor({ timeout: 5_000 });
}, 60_000);
