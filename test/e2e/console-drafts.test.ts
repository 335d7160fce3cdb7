/** Unsent text stays with its chat: switching chats, or reloading, finds each reply as it was left; sending or Log out clears it. */
import type { Browser, Page } from 'playwright-core';
import { ANNA, type TestRuntime } from '../support/runtime';
import { startRuntimeAndBrowser } from '../support/e2e-world';
import { MILA, NOOR, openConsole, pagesClosedAfterEach, startChat } from './steps';

let runtime: TestRuntime;
let browser: Browser;

startRuntimeAndBrowser((started) => ({ runtime, browser } = started));
const track = pagesClosedAfterEach();

const field = (page: Page) => page.getByRole('main').getByRole('textbox', { name: 'Message' });
const open = (page: Page, name: string) => page.getByRole('region', { name: 'My chats' }).getByRole('button', { name: new RegExp(name) }).click();

test('a reply half written in one chat is still there after answering another, and after a reload', async () => {
  const anna = track(await openConsole(browser, runtime, ANNA, 'Present'));
  track(await startChat(browser, runtime, MILA));
  track(await startChat(browser, runtime, NOOR));
  for (const customer of [MILA, NOOR]) {
    await anna.getByRole('button', { name: 'Get next in queue' }).click();
    await anna.getByRole('list', { name: 'Conversation' }).getByText(customer.question).waitFor();
  }

  await field(anna).fill('Noor, the lace yarn is');
  await open(anna, MILA.name);
  await anna.getByRole('list', { name: 'Conversation' }).getByText(MILA.question).waitFor();
  expect(await field(anna).inputValue()).toBe('');
  await field(anna).fill('Mila, yes: Belgium is');

  await open(anna, NOOR.name);
  await anna.getByRole('list', { name: 'Conversation' }).getByText(NOOR.question).waitFor();
  expect(await field(anna).inputValue()).toBe('Noor, the lace yarn is');

  await anna.reload();
  await open(anna, MILA.name);
  await anna.getByRole('list', { name: 'Conversation' }).getByText(MILA.question).waitFor();
  expect(await field(anna).inputValue()).toBe('Mila, yes: Belgium is');

  // Sent, the draft is gone: the chat opens with an empty field again.
  await field(anna).press('Enter');
  await anna.getByRole('list', { name: 'Conversation' }).getByText('Mila, yes: Belgium is').waitFor();
  await open(anna, NOOR.name);
  await open(anna, MILA.name);
  await anna.getByRole('list', { name: 'Conversation' }).getByText(MILA.question).waitFor();
  expect(await field(anna).inputValue()).toBe('');
}, 60_000);
