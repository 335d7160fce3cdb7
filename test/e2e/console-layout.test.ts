/**
 * The Chats screen on a 1280 × 720 laptop screen, with a chat open: the chat's actions keep their
 * labels on one line (they move, whole, onto a row of their own when the header is narrow), and the
 * composer's text field takes its whole width, with the tools and Send on one row below it. The
 * chat's status sits beside the customer's name however many actions the chat has. On a 1024-pixel
 * screen the actions still share one row, and so do the composer's.
 */
import type { Browser, Locator } from 'playwright-core';
import { startRuntimeAndBrowser } from '../support/e2e-world';
import { ANNA, type TestRuntime } from '../support/runtime';
import { ADMIN, MILA, openConsole, startChat, endChat } from './steps';

let runtime: TestRuntime;
let browser: Browser;
startRuntimeAndBrowser((started) => ({ runtime, browser } = started));

test('a chat\'s actions keep their labels whole, and the composer\'s text field takes its width', async () => {
  const anna = await openConsole(browser, runtime, ANNA, 'Present');
  expect(anna.viewportSize()).toEqual({ width: 1280, height: 720 });
  await startChat(browser, runtime, MILA);
  await anna.getByRole('button', { name: 'Get next in queue' }).click();
  const chat = anna.getByRole('region', { name: `Chat with ${MILA.name}` });
  await chat.getByRole('button', { name: 'End chat' }).waitFor();

  const actions = await chat.locator('header').getByRole('button').evaluateAll((buttons) =>
    buttons.map((b) => ({ label: b.textContent, height: b.getBoundingClientRect().height, fits: b.scrollWidth <= b.clientWidth })));
  expect(actions.map((a) => a.label)).toEqual(['Create request', 'Documents', 'Transfer', 'End chat']);
  expect(actions.filter((a) => !a.fits)).toEqual([]);
  expect(new Set(actions.map((a) => a.height)).size).toBe(1);

  await expectFieldAboveOneRowOfTools(chat);
  expect(await statusGap(chat)).toBeLessThanOrEqual(16);

  await endChat(anna, chat);
  await chat.locator('header .badge', { hasText: 'Ended' }).waitFor();
  expect(await statusGap(chat)).toBeLessThanOrEqual(16);
}, 60_000);

test('on a 1024-pixel screen a chat\'s actions share one row', async () => {
  const anna = await openConsole(browser, runtime, ANNA, 'Present');
  await anna.setViewportSize({ width: 1024, height: 700 });
  await startChat(browser, runtime, { ...MILA, name: 'Mila Narrow' });
  await anna.getByRole('button', { name: 'Get next in queue' }).click();
  const chat = anna.getByRole('region', { name: 'Chat with Mila Narrow' });
  await chat.getByRole('button', { name: 'End chat' }).waitFor();

  const rows = await chat.locator('header').getByRole('button').evaluateAll((buttons) => buttons.map((b) => Math.round(b.getBoundingClientRect().top)));
  expect(rows).toHaveLength(4);
  expect(new Set(rows).size).toBe(1);
  await expectFieldAboveOneRowOfTools(chat);
}, 60_000);

/** The text field spans the composer; Insert, Emoji, Attach file and Send share one row below it, Send at its right. */
async function expectFieldAboveOneRowOfTools(chat: Locator): Promise<void> {
  const composer = (await chat.locator('form.composer').boundingBox())!;
  const field = (await chat.getByRole('textbox', { name: 'Message' }).boundingBox())!;
  const buttons = await Promise.all(['Insert', 'Emoji', 'Attach file', 'Send'].map(async (name) => (await chat.getByRole('button', { name, exact: true }).boundingBox())!));
  expect(field.width).toBeGreaterThan(composer.width - 40);
  expect(new Set(buttons.map((box) => Math.round(box.y))).size).toBe(1);
  expect(buttons[0].y).toBeGreaterThanOrEqual(field.y + field.height);
  const send = buttons[3];
  expect(Math.abs(send.x + send.width - (field.x + field.width))).toBeLessThanOrEqual(1);
}

/** Pixels between the customer's name and email block and the status badge after it. */
async function statusGap(chat: Locator): Promise<number> {
  const name = await chat.locator('header > div').first().boundingBox();
  const badge = await chat.locator('header > .badge').boundingBox();
  return badge!.x - (name!.x + name!.width);
}

// Hidden labels (.sr-only) are positioned absolutely; outside a positioned panel they stretched the
// page itself, which then scrolled the header and tabs away under a long admin or statistics panel.
test('no tab makes the page itself scroll: only the tab\'s panel does', async () => {
  const admin = await openConsole(browser, runtime, ADMIN, 'Away');
  for (const tab of ['Dashboard', 'Chats', 'Statistics', 'Admin']) {
    await admin.getByRole('tab', { name: new RegExp(`^${tab}`) }).click();
    await admin.getByRole('tabpanel').first().waitFor();
    if (tab === 'Admin') await admin.getByText('Opening hours').first().waitFor();
    if (tab === 'Statistics') await admin.getByRole('button', { name: 'Show' }).waitFor();
    const page = await admin.evaluate(() => ({ scrollHeight: document.scrollingElement!.scrollHeight, height: innerHeight }));
    expect({ tab, scrolls: page.scrollHeight > page.height }).toEqual({ tab, scrolls: false });
  }
}, 60_000);
