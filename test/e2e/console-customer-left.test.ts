/**
 * A customer who closes the page of an answered chat: after a moment the agent's conversation says so
 * (and My chats and Ongoing chat sessions mark the chat), and the note goes once the customer is back on the site. A reload,
 * which closes and reopens the widget's connection within seconds, shows nothing. A customer who stays
 * away ten minutes finds the chat ended as theirs, and the agent reads why it ended.
 */
import type { Browser } from 'playwright-core';
import { ANNA, type TestRuntime } from '../support/runtime';
import { startRuntimeAndBrowser } from '../support/e2e-world';
import { MILA, NOOR, openConsole, startChat } from './steps';
import { CUSTOMER_LEFT_ENDS_CHAT_MINUTES } from '../../functions/protocol/constants';
import { bubbles, conversation, launcher } from './widget-steps';

let runtime: TestRuntime;
let browser: Browser;

startRuntimeAndBrowser((started) => ({ runtime, browser } = started));

/** The console's wait before it shows the mark (web-agent/src/use-customer-left.ts). */
const SHOW_AFTER_MS = 8000;

test('the agent sees that the customer left the page, and that they came back; a reload shows nothing', async () => {
  const anna = await openConsole(browser, runtime, ANNA, 'Present');
  const shop = await startChat(browser, runtime, MILA);
  await anna.getByRole('button', { name: 'Get next in queue' }).click();
  await anna.getByRole('list', { name: 'Conversation' }).getByText(MILA.question).waitFor();
  await shop.getByText(`You are chatting with ${ANNA.name}.`).waitFor();
  const note = anna.getByRole('status').filter({ hasText: `${MILA.name} left the page at` });
  const marker = anna.getByRole('region', { name: 'My chats' }).getByText('left the page', { exact: true });

  await shop.reload();
  await bubbles(shop, MILA.question).waitFor();
  await anna.waitForTimeout(SHOW_AFTER_MS + 1500);
  expect(await note.count()).toBe(0);

  const context = shop.context();
  await shop.close();
  await note.waitFor({ timeout: SHOW_AFTER_MS + 5000 });
  await marker.waitFor();
  expect(await note.textContent()).toMatch(/What you send is kept for when they come back; if they are not back by [0-9: APM]+, the chat ends\.$/);
  await anna.getByRole('tab', { name: /^Dashboard/ }).click();
  await anna.getByRole('table', { name: 'Ongoing chat sessions' }).getByRole('cell', { name: `${MILA.name} · left the page`, exact: true }).waitFor();
  await anna.getByRole('tab', { name: /^Chats/ }).click();

  const back = await context.newPage();
  await back.goto(`${runtime.url}/demo/`);
  // A new tab shows the launcher; the widget follows the chat again without being opened.
  await launcher(back).waitFor();
  await note.waitFor({ state: 'detached' });
  await marker.waitFor({ state: 'detached' });
  await launcher(back).click();
  await bubbles(back, MILA.question).waitFor();
}, 60_000);

test('a customer away ten minutes finds the chat ended as theirs, and can go back to it; the agent reads why it ended', async () => {
  const anna = await openConsole(browser, runtime, ANNA, 'Present');
  const before = new Set(runtime.gateway.registry.all().map((connection) => connection.connectionId));
  const shop = await startChat(browser, runtime, NOOR);
  await anna.getByRole('button', { name: 'Get next in queue' }).click();
  await anna.getByRole('list', { name: 'Conversation' }).getByText(NOOR.question).waitFor();
  await shop.getByText(`You are chatting with ${ANNA.name}.`).waitFor();

  // The phone is put away with the chat open: its line drops, and stays down.
  await shop.context().setOffline(true);
  const dropped = runtime.gateway.registry.all().filter((connection) => !before.has(connection.connectionId));
  dropped.forEach((connection) => connection.socket.terminate());
  await anna.getByRole('status').filter({ hasText: `${NOOR.name} left the page at` }).waitFor({ timeout: SHOW_AFTER_MS + 5000 });

  const report = (await runtime.scheduler.fire('Sweeper', new Date(Date.now() + CUSTOMER_LEFT_ENDS_CHAT_MINUTES * 60_000 + 30_000))) as { chatsLeftAnswered: number };
  expect(report.chatsLeftAnswered).toBeGreaterThanOrEqual(1);
  // That sweep, ten minutes on, also found Anna's console silent and closed it: it reconnects and shows the end.
  const why = `${NOOR.name} left the page and did not come back, which ended the chat`;
  await anna.getByRole('list', { name: 'Conversation' }).getByText(why).waitFor({ timeout: 15_000 });
  expect(await anna.getByRole('status').filter({ hasText: `${NOOR.name} left the page at` }).count()).toBe(0);

  // The phone is back: the widget, still open, shows the end as the customer's own, and the way back.
  await shop.context().setOffline(false);
  await conversation(shop).getByText('You ended the chat').waitFor({ timeout: 15_000 });
  await shop.getByRole('button', { name: 'Back to chat' }).click();
  await anna.getByRole('list', { name: 'Conversation' }).getByText(`${NOOR.name} returned to the chat`).waitFor();
}, 60_000);
