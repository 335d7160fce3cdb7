/**
 * A customer who closes the page of an answered chat: after a moment the agent's conversation says so
 * (and My chats and Ongoing chat sessions mark the chat), and the note goes once the customer is back on the site. A reload,
 * which closes and reopens the widget's connection within seconds, shows nothing.
 */
import type { Browser } from 'playwright-core';
import { ANNA, type TestRuntime } from '../support/runtime';
import { startRuntimeAndBrowser } from '../support/e2e-world';
import { MILA, openConsole, startChat } from './steps';
import { bubbles, launcher } from './widget-steps';

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
  expect(await note.textContent()).toContain('What you send is kept for when they come back.');
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
