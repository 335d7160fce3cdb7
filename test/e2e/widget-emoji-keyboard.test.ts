/**
 * The widget's emoji picker by keyboard: ESC closes only the picker — from its search or from the Emoji
 * button — and gives the button the focus back, the chat staying open; Tab on past the picker closes it.
 */
import type { Browser, Locator, Page } from 'playwright-core';
import type { Client } from '../support/clients';
import type { HostSite } from '../support/host-page';
import { NOOR } from './steps';
import { answerNext, askQuestion, launcher, panel, worldPerFile, openHostWorld } from './widget-steps';

let browser: Browser;
let site: HostSite;
let anna: Client;
let shop: Page;

worldPerFile(openHostWorld, async (world) => {
  ({ browser, site, anna } = world);
  shop = await site.open(browser);
  await launcher(shop).click();
  await askQuestion(shop, NOOR);
  await answerNext(anna);
  await panel(shop).getByRole('textbox', { name: 'Message' }).waitFor();
});

const emojiButton = () => panel(shop).getByRole('button', { name: 'Emoji' });
const search = () => panel(shop).getByRole('searchbox', { name: 'Search emoji' });

// What an earlier test (or its first attempt) left: the chat minimised, or the picker open.
beforeEach(async () => {
  if (await launcher(shop).isVisible()) await launcher(shop).click();
  if (await search().isVisible()) await emojiButton().click();
  await search().waitFor({ state: 'detached' });
});

/** Whether the element has the focus, looked for through shadow roots. */
const hasFocus = (target: Locator) =>
  target.evaluate((element) => {
    let active = document.activeElement;
    while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
    return active === element;
  });

/** Opens the picker from the keyboard: focus on the Emoji button, ENTER; its search then has the focus. */
async function openPicker(): Promise<void> {
  await emojiButton().focus();
  await shop.keyboard.press('Enter');
  await search().waitFor();
  expect(await hasFocus(search())).toBe(true);
}

test('ESC in the search closes the picker and gives the Emoji button the focus back; the chat stays open', async () => {
  await openPicker();
  await shop.keyboard.press('Escape');
  await search().waitFor({ state: 'detached' });
  expect(await panel(shop).isVisible()).toBe(true);
  expect(await hasFocus(emojiButton())).toBe(true);
  expect(await emojiButton().getAttribute('aria-expanded')).toBe('false');
});

test('ESC on the Emoji button while the picker is open closes the picker, not the chat', async () => {
  await openPicker();
  // Back from the search to the button that opened it: still the picker's, so it stays open.
  await shop.keyboard.press('Shift+Tab');
  expect(await hasFocus(emojiButton())).toBe(true);
  expect(await search().isVisible()).toBe(true);

  await shop.keyboard.press('Escape');
  await search().waitFor({ state: 'detached' });
  expect(await panel(shop).isVisible()).toBe(true);
  expect(await hasFocus(emojiButton())).toBe(true);
});

test('Tab on past the picker closes it, and the focus goes on where Tab took it', async () => {
  await openPicker();
  // The search, then the list of emoji, then on out of the picker (to the attach button's file input).
  await shop.keyboard.press('Tab');
  expect(await hasFocus(panel(shop).getByRole('listbox', { name: 'Emoji' }))).toBe(true);
  await shop.keyboard.press('Tab');
  await search().waitFor({ state: 'detached', timeout: 5000 });
  expect(await hasFocus(panel(shop).getByLabel('Attach file'))).toBe(true);
  expect(await emojiButton().getAttribute('aria-expanded')).toBe('false');

  // Back out of the text field the other way too.
  await openPicker();
  await shop.keyboard.press('Shift+Tab');
  await shop.keyboard.press('Shift+Tab');
  await search().waitFor({ state: 'detached', timeout: 5000 });
  expect(await hasFocus(panel(shop).getByRole('textbox', { name: 'Message' }))).toBe(true);
  expect(await panel(shop).isVisible()).toBe(true);
});
