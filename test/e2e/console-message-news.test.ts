/**
 * A customer's reply must not wait unseen: the console's browser tab counts unread messages, a
 * message in a chat the agent is not reading beeps, and one that arrives while the console is out of
 * sight (another tab or window) also shows a browser notification.
 */
import type { Browser } from 'playwright-core';
import { ANNA, type TestRuntime } from '../support/runtime';
import { startRuntimeAndBrowser } from '../support/e2e-world';
import { MILA, startChat } from './steps';
import { customerSays } from './widget-steps';
import { consoleRecordingNews, news, type Recorded } from './news-recorder';

let runtime: TestRuntime;
let browser: Browser;

startRuntimeAndBrowser((started) => ({ runtime, browser } = started));


const PLAIN_TITLE = 'Parley · Agent console';

test('a reply in a chat the agent is not reading beeps and shows in the tab title; out of sight it also notifies', async () => {
  const anna = await consoleRecordingNews(browser, runtime, ANNA);
  const shop = await startChat(browser, runtime, MILA);
  await anna.getByRole('button', { name: 'Get next in queue' }).click();
  const conversation = anna.getByRole('list', { name: 'Conversation' });
  await conversation.getByText(MILA.question).waitFor();

  await customerSays(shop, 'Read as it comes in');
  await conversation.getByText('Read as it comes in').waitFor();
  expect(await news(anna)).toEqual({ tones: 0, notifications: [] });
  expect(await anna.title()).toBe(PLAIN_TITLE);

  await anna.getByRole('tab', { name: /Dashboard/ }).click();
  await customerSays(shop, 'Anyone there?');
  await anna.waitForFunction(() => (window as unknown as { news: Recorded }).news.tones === 1);
  await anna.waitForFunction((title) => document.title === title, `(1) ${PLAIN_TITLE}`);
  expect((await news(anna)).notifications).toEqual([]);

  // Another window in front: the console has no focus.
  await anna.evaluate(() => {
    document.hasFocus = () => false;
    window.dispatchEvent(new Event('blur'));
  });
  await customerSays(shop, 'Hello?');
  await anna.waitForFunction(() => (window as unknown as { news: Recorded }).news.notifications.length === 1);
  expect((await news(anna)).notifications).toEqual([{ title: MILA.name, body: 'Hello?' }]);
  await anna.waitForFunction((title) => document.title === title, `(2) ${PLAIN_TITLE}`);

  await anna.evaluate(() => {
    document.hasFocus = () => true;
    window.dispatchEvent(new Event('focus'));
  });
  await anna.getByRole('tab', { name: /Chats/ }).click();
  await anna.waitForFunction((title) => document.title === title, PLAIN_TITLE);
}, 60_000);

test('the messages a reload brings back are not news', async () => {
  const anna = await consoleRecordingNews(browser, runtime, ANNA);
  const listed = anna.getByRole('navigation', { name: 'Chats' }).getByRole('button', { name: new RegExp(MILA.name) });
  await listed.waitFor();
  await anna.reload();
  await listed.waitFor();
  await anna.getByRole('list', { name: 'Conversation' }).getByText('Hello?').waitFor();
  expect(await news(anna)).toEqual({ tones: 0, notifications: [] });
}, 60_000);
