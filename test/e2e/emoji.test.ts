/**
 * Emoji beside the text field, in the console and in the widget (here under a site's strict CSP):
 * the picker and its data are fetched on the first open only, search and keyboard pick an emoji,
 * and it goes into the text where the caret is.
 */
import type { Browser, Page } from 'playwright-core';
import { startHostSite, type HostSite } from '../support/host-page';
import { ANNA, type TestRuntime } from '../support/runtime';
import { startRuntimeAndBrowser } from '../support/e2e-world';
import { MILA, openConsole } from './steps';
import { askQuestion, bubbles, launcher, panel } from './widget-steps';
import { valueOnceItIs } from './field-steps';

let runtime: TestRuntime;
let browser: Browser;
let site: HostSite;
let anna: Page;
let shop: Page;
const refused: string[] = [];

/** How often each page asked for the picker's file. */
const pickerFetches = new Map<Page, number>();
function countPickerFetches(page: Page) {
  pickerFetches.set(page, 0);
  page.on('request', (request) => {
    if (new URL(request.url()).pathname.endsWith('/emoji-picker.js')) pickerFetches.set(page, pickerFetches.get(page)! + 1);
  });
}

function strictPolicy(): string {
  const socket = new URL(runtime.wsUrl).origin;
  return [`default-src 'none'`, `script-src ${runtime.url}`, `connect-src ${runtime.url} ${socket}`, "style-src 'none'", "require-trusted-types-for 'script'", "base-uri 'none'"].join('; ');
}

afterAll(() => site?.close());
startRuntimeAndBrowser(async (started) => {
  ({ runtime, browser } = started);
  site = await startHostSite(runtime);
  anna = await openConsole(browser, runtime, ANNA, 'Present');
  countPickerFetches(anna);
  const context = await browser.newContext();
  shop = await context.newPage();
  countPickerFetches(shop);
  shop.on('console', (message) => message.type() === 'error' && refused.push(message.text()));
  shop.on('pageerror', (error) => refused.push(error.message));
  await shop.goto(site.serve({ headers: { 'content-security-policy': strictPolicy() } }));
  await launcher(shop).click();
  await askQuestion(shop, MILA);
  await anna.getByRole('button', { name: 'Get next in queue' }).click();
  await anna.getByRole('list', { name: 'Conversation' }).getByText(MILA.question).waitFor();
});

test('the console fetches the picker on the first open of Emoji only, and a searched emoji goes into the reply', async () => {
  const composer = anna.getByRole('textbox', { name: 'Message' });
  await composer.fill('Great ');
  expect(pickerFetches.get(anna)).toBe(0);

  await anna.getByRole('button', { name: 'Emoji' }).click();
  const search = anna.getByRole('searchbox', { name: 'Search emoji' });
  await search.fill('thumbs up');
  await search.press('Enter');
  await search.waitFor({ state: 'detached' });
  expect(await valueOnceItIs(composer, 'Great 👍')).toBe('Great 👍');

  await anna.getByRole('button', { name: 'Emoji' }).click();
  await anna.getByRole('listbox', { name: 'Emoji' }).waitFor();
  await anna.keyboard.press('Escape');
  await search.waitFor({ state: 'detached' });
  expect(pickerFetches.get(anna)).toBe(1);

  await anna.getByRole('button', { name: 'Send' }).click();
  await bubbles(shop, 'Great 👍').waitFor();
});

test('in the widget the picker loads on first open, under a strict CSP, and the arrow keys and ENTER pick an emoji', async () => {
  const box = panel(shop).getByRole('textbox', { name: 'Message' });
  await box.fill('Thank you ');
  expect(pickerFetches.get(shop)).toBe(0);

  await panel(shop).getByRole('button', { name: 'Emoji' }).click();
  const search = panel(shop).getByRole('searchbox', { name: 'Search emoji' });
  await search.fill('red heart');
  await search.press('ArrowDown');
  const grid = panel(shop).getByRole('listbox', { name: 'Emoji' });
  const active = grid.getByRole('option', { selected: true });
  expect(await active.getAttribute('aria-label')).toBe('red heart');
  const heart = (await active.textContent())!;
  await shop.keyboard.press('Enter');
  await search.waitFor({ state: 'detached' });
  expect(await valueOnceItIs(box, `Thank you ${heart}`)).toBe(`Thank you ${heart}`);
  expect(pickerFetches.get(shop)).toBe(1);

  await box.press('Enter');
  await anna.getByRole('list', { name: 'Conversation' }).getByText(`Thank you ${heart}`).waitFor();
  expect(refused).toEqual([]);
});

test('ESC closes the widget picker, not the chat', async () => {
  await panel(shop).getByRole('button', { name: 'Emoji' }).click();
  const search = panel(shop).getByRole('searchbox', { name: 'Search emoji' });
  await search.waitFor();
  await search.press('Escape');
  await search.waitFor({ state: 'detached' });
  expect(await panel(shop).isVisible()).toBe(true);
  expect(pickerFetches.get(shop)).toBe(1);
});
