/**
 * Unanswered-chat alerts: the server's sweeper raises them for Present agents only; the pop-up
 * offers Answer and Dismiss, and goes away when someone else answers the chat.
 */
import type { Browser } from 'playwright-core';
import { ANNA, BRAM, type TestRuntime } from '../support/runtime';
import { MILA, NOOR, openConsole, startChat } from './steps';
import { startRuntimeAndBrowser } from '../support/e2e-world';
import { consoleRecordingNews, news } from './news-recorder';

let runtime: TestRuntime;
let browser: Browser;

startRuntimeAndBrowser((started) => ({ runtime, browser } = started));

/** Runs the sweeper as if 90 s had passed: past the 60 s warning time of every chat waiting now. */
const sweepLater = () => runtime.scheduler.fire('Sweeper', new Date(Date.now() + 90_000));

test('a Present agent gets the pop-up, an Away agent does not, and it goes once the chat is answered', async () => {
  const anna = await openConsole(browser, runtime, ANNA, 'Present');
  const bram = await openConsole(browser, runtime, BRAM, 'Away');
  await startChat(browser, runtime, MILA);
  await anna.getByRole('tab', { name: 'Dashboard, 1 waiting' }).waitFor();

  await sweepLater();
  const popUp = anna.getByRole('alertdialog', { name: 'Unanswered chat' });
  await popUp.getByText(new RegExp(`^${MILA.name} has been waiting \\d\\d:\\d\\d on channel Customer service$`)).waitFor();
  await popUp.getByRole('button', { name: 'Answer' }).waitFor();
  await popUp.getByRole('button', { name: 'Dismiss' }).waitFor();

  // Frames arrive in order: once Bram sees the next chat's queue update, any alert sent to him would be there.
  await startChat(browser, runtime, NOOR);
  await bram.getByRole('tab', { name: 'Dashboard, 2 waiting' }).waitFor();
  expect(await bram.getByRole('alertdialog').count()).toBe(0);

  await bram.getByRole('tab', { name: 'Dashboard, 2 waiting' }).click();
  await bram.getByRole('table', { name: 'Incoming chats' }).getByRole('row').filter({ hasText: MILA.name }).dblclick();
  await bram.getByRole('list', { name: 'Conversation' }).getByText(MILA.question).waitFor();
  await popUp.waitFor({ state: 'detached' });
}, 60_000);

test('Answer in the pop-up answers that chat and opens it', async () => {
  const anna = await openConsole(browser, runtime, ANNA, 'Present');
  await anna.getByRole('tab', { name: 'Dashboard, 1 waiting' }).waitFor();
  await sweepLater();
  const popUp = anna.getByRole('alertdialog', { name: 'Unanswered chat' });
  await popUp.getByText(new RegExp(`^${NOOR.name} has been waiting`)).waitFor();
  await popUp.getByRole('button', { name: 'Answer' }).click();
  await anna.getByRole('list', { name: 'Conversation' }).getByText(NOOR.question).waitFor();
  await anna.getByRole('tab', { name: 'Chats, 1 ongoing', selected: true }).waitFor();
  await popUp.waitFor({ state: 'detached' });
}, 60_000);

test('Dismiss closes the pop-up and it does not come back for that chat', async () => {
  const anna = await openConsole(browser, runtime, ANNA, 'Present');
  await startChat(browser, runtime, { ...MILA, name: 'Sem de Boer', question: 'Do you sell knitting needles?' });
  await anna.getByRole('tab', { name: 'Dashboard, 1 waiting' }).waitFor();
  await sweepLater();
  const popUp = anna.getByRole('alertdialog', { name: 'Unanswered chat' });
  await popUp.getByText(/^Sem de Boer has been waiting/).waitFor();
  await popUp.getByRole('button', { name: 'Dismiss' }).click();
  await popUp.waitFor({ state: 'detached' });
  await sweepLater();
  // A second customer's queue update comes after anything the second sweep sent.
  await startChat(browser, runtime, { ...NOOR, name: 'Lotte Smit', question: 'Gift wrapping?' });
  await anna.getByRole('tab', { name: 'Dashboard, 2 waiting' }).waitFor();
  expect(await anna.getByRole('alertdialog').count()).toBe(0);
}, 60_000);

test('the pop-up covers none of the composer of the chat being answered, on a wide screen and on a 1024-pixel one', async () => {
  const anna = await openConsole(browser, runtime, ANNA, 'Present');
  await startChat(browser, runtime, { ...MILA, name: 'Ruben Kok', question: 'Is the shop open on Sunday?' });
  await anna.getByRole('tab', { name: /^Chats/ }).click();
  // The oldest waiting chat (an earlier test's, or Ruben's) is answered; another waits on.
  await anna.getByRole('button', { name: 'Get next in queue' }).click();
  const composer = anna.locator('.composer');
  await composer.waitFor();
  await startChat(browser, runtime, { ...NOOR, name: 'Iris Kok', question: 'Do you ship to Germany?' });
  await sweepLater();
  const popUp = anna.getByRole('alertdialog', { name: 'Unanswered chat' });
  await popUp.waitFor();

  for (const width of [1280, 1024]) {
    await anna.setViewportSize({ width, height: 720 });
    const [a, b] = [(await popUp.boundingBox())!, (await composer.boundingBox())!];
    const overlaps = a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
    expect({ width, overlaps }).toEqual({ width, overlaps: false });
  }
}, 60_000);

test("the browser notification names the chat's channel as the pop-up does, by its name", async () => {
  const anna = await consoleRecordingNews(browser, runtime, ANNA);
  await startChat(browser, runtime, { ...MILA, name: 'Ruben Smit', question: 'Is my parcel on its way?' });
  await anna.getByRole('tab', { name: /^Dashboard, \d+ waiting$/ }).waitFor();
  await sweepLater();
  await anna.getByRole('alertdialog', { name: 'Unanswered chat' }).getByText(/^Ruben Smit has been waiting/).waitFor();

  const { notifications } = await news(anna);
  expect(notifications).toContainEqual({ title: 'Unanswered chat', body: expect.stringMatching(/^Ruben Smit has been waiting \d\d:\d\d on channel Customer service$/) });
}, 60_000);
