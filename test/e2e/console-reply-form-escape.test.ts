/**
 * Escape in the replies editor: it leaves the form for the list, asking first when something was
 * typed, instead of closing the whole dialog and losing a half-written quick reply. Another tab of
 * the dialog, or its ×, asks the same.
 */
import type { Browser, Page } from 'playwright-core';
import { ANNA, type TestRuntime } from '../support/runtime';
import { ADMIN } from '../support/admin';
import { startRuntimeAndBrowser } from '../support/e2e-world';
import { MILA, openConsole, pagesClosedAfterEach, startChat } from './steps';

let runtime: TestRuntime;
let browser: Browser;

startRuntimeAndBrowser((started) => ({ runtime, browser } = started));
const track = pagesClosedAfterEach();

/** Anna's console with a new quick reply's form open in `dialog` ('Insert' from a chat, or 'Replies' from the top bar). */
async function newQuickReplyForm(dialog: 'Insert' | 'Replies', who = ANNA): Promise<Page> {
  const anna = track(await openConsole(browser, runtime, who, 'Present'));
  if (dialog === 'Insert') {
    track(await startChat(browser, runtime, MILA));
    await anna.getByRole('button', { name: 'Get next in queue' }).click();
    await anna.getByRole('list', { name: 'Conversation' }).getByText(MILA.question).waitFor();
  }
  await anna.getByRole('button', { name: dialog, exact: true }).click();
  const opened = anna.getByRole('dialog', { name: dialog });
  await opened.getByRole('tab', { name: 'Quick replies' }).click();
  await opened.getByRole('button', { name: 'New quick reply' }).click();
  await opened.getByLabel('Name').waitFor();
  return anna;
}

test('Escape in a half-written quick reply asks first, and keeping it keeps the text in the open dialog', async () => {
  const anna = await newQuickReplyForm('Insert');
  const insert = anna.getByRole('dialog', { name: 'Insert' });
  await insert.getByLabel('Name').fill('Parcel delayed');
  await insert.getByLabel('Text').fill('Your parcel is delayed by a day, sorry!');

  const asked = new Promise<string>((resolve) => anna.once('dialog', (question) => (resolve(question.message()), void question.dismiss())));
  await insert.getByLabel('Text').press('Escape');

  expect(await asked).toBe('Leave this form? What you typed is not saved.');
  expect(await insert.getByLabel('Name').inputValue()).toBe('Parcel delayed');
  expect(await insert.getByLabel('Text').inputValue()).toBe('Your parcel is delayed by a day, sorry!');
}, 60_000);

// The first test's chat is still Anna's: the next ones use Replies in the top bar, the same form with no chat.
test('Escape in a half-written quick reply, confirmed, goes back to the list with the dialog still open', async () => {
  const anna = await newQuickReplyForm('Replies');
  const replies = anna.getByRole('dialog', { name: 'Replies' });
  await replies.getByLabel('Name').fill('Parcel delayed');

  anna.once('dialog', (question) => void question.accept());
  await replies.getByLabel('Name').press('Escape');

  await replies.getByRole('button', { name: 'New quick reply' }).waitFor();
  expect(await replies.getByLabel('Name').count()).toBe(0);
}, 60_000);

test('Escape in an untouched form from Replies goes back to the list, and Escape there closes the dialog', async () => {
  const anna = await newQuickReplyForm('Replies');
  const replies = anna.getByRole('dialog', { name: 'Replies' });
  let asked = false;
  anna.on('dialog', (question) => ((asked = true), void question.dismiss()));

  await replies.getByLabel('Name').press('Escape');
  await replies.getByRole('button', { name: 'New quick reply' }).waitFor();
  expect(await replies.isVisible()).toBe(true);

  await anna.keyboard.press('Escape');
  await replies.waitFor({ state: 'detached' });
  expect(asked).toBe(false);
}, 60_000);

test('another tab or the dialog\'s × asks before a half-written quick reply is thrown away', async () => {
  const anna = await newQuickReplyForm('Replies');
  const replies = anna.getByRole('dialog', { name: 'Replies' });
  await replies.getByLabel('Name').fill('Parcel delayed');
  const questions: string[] = [];
  anna.on('dialog', (question) => (questions.push(question.message()), void question.dismiss()));

  await replies.getByRole('tab', { name: 'FAQ' }).click();
  await replies.getByRole('button', { name: 'Close' }).click();

  expect(questions).toEqual(['Leave this form? What you typed is not saved.', 'Leave this form? What you typed is not saved.']);
  expect(await replies.getByRole('tab', { name: 'Quick replies' }).getAttribute('aria-selected')).toBe('true');
  expect(await replies.getByLabel('Name').inputValue()).toBe('Parcel delayed');
}, 60_000);

test("an admin's new quick reply from Replies starts shared with every agent", async () => {
  const admin = await newQuickReplyForm('Replies', { ...ADMIN, role: 'admin' });
  const replies = admin.getByRole('dialog', { name: 'Replies' });
  expect(await replies.getByLabel('Shared with every agent').isChecked()).toBe(true);
}, 60_000);
