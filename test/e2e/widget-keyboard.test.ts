/**
 * The widget by keyboard alone, and for screen readers: Tab reaches the launcher, Enter opens the
 * panel with focus inside it, the pre-chat form and the chat work from the keyboard, Escape closes
 * the panel and gives focus back to the launcher; a new agent message is read out by a live region.
 */
import type { Browser, Locator, Page } from 'playwright-core';
import type { Client } from '../support/clients';
import { ANNA, type TestRuntime } from '../support/runtime';
import { MILA, openPage } from './steps';
import { agentReceives, answerNext, bubbles, launcher, panel, say, worldPerFile, openWidgetWorld } from './widget-steps';

let runtime: TestRuntime;
let browser: Browser;
let anna: Client;

worldPerFile(openWidgetWorld, (world) => ({ runtime, browser, anna } = world));

/** Whether the element has the focus, looked for through shadow roots. */
const hasFocus = (target: Locator) =>
  target.evaluate((element) => {
    let active = document.activeElement;
    while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
    return active === element;
  });

/** Presses Tab until `target` has the focus (at most 20 times, as a keyboard user would). */
async function tabTo(page: Page, target: Locator): Promise<void> {
  for (let presses = 0; presses < 20 && !(await hasFocus(target)); presses++) await page.keyboard.press('Tab');
  expect(await hasFocus(target)).toBe(true);
}

/** Whether the accessibility tree holds `text` inside a polite live region (what a screen reader would announce). */
async function announced(page: Page, text: string): Promise<boolean> {
  const cdp = await page.context().newCDPSession(page);
  const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as { nodes: { nodeId: string; parentId?: string; name?: { value?: string }; properties?: { name: string; value: { value: unknown } }[] }[] };
  const byId = new Map(nodes.map((node) => [node.nodeId, node]));
  const live = (node?: (typeof nodes)[number]): boolean => !!node && (node.properties?.some((p) => p.name === 'live' && p.value.value === 'polite') || live(byId.get(node.parentId ?? '')));
  return nodes.some((node) => node.name?.value === text && live(node));
}

async function until(condition: () => Promise<boolean>, timeoutMs = 10_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > end) throw new Error('condition not met in time');
    await new Promise((resolve) => setImmediate(resolve));
  }
}

test('a whole chat by keyboard, with the agent read out by a live region', async () => {
  const shop = await openPage(browser, runtime, '/demo/');
  await launcher(shop).waitFor();
  await tabTo(shop, launcher(shop));
  await shop.keyboard.press('Enter');
  await panel(shop).waitFor();
  expect(await hasFocus(panel(shop))).toBe(true);

  await tabTo(shop, shop.getByLabel('Name'));
  await shop.keyboard.type(MILA.name);
  await shop.keyboard.press('Tab');
  await shop.keyboard.type(MILA.email);
  await shop.keyboard.press('Tab');
  await shop.keyboard.type(MILA.question);
  await shop.keyboard.press('Tab');
  await shop.keyboard.press('Enter');
  // Shown once the server has queued the chat, so Get next in queue finds it.
  await shop.getByText('Waiting for an agent…').waitFor();
  const chatId = await answerNext(anna);
  await shop.getByText(`You are chatting with ${ANNA.name}.`).waitFor();
  // The form is gone; the focus went on to the text field rather than being lost.
  expect(await hasFocus(panel(shop).getByRole('textbox', { name: 'Message' }))).toBe(true);

  say(anna, chatId, 'How can I help?');
  await bubbles(shop, 'How can I help?').waitFor();
  await until(() => announced(shop, `${ANNA.name}: How can I help?`));

  await shop.keyboard.type('Which colours are in stock?');
  await shop.keyboard.press('Enter');
  await agentReceives(anna, chatId, 'Which colours are in stock?');

  await shop.keyboard.press('Escape');
  await panel(shop).waitFor({ state: 'hidden' });
  expect(await hasFocus(launcher(shop))).toBe(true);
  await shop.keyboard.press('Enter');
  await panel(shop).waitFor();
  expect(await hasFocus(panel(shop))).toBe(true);
}, 60_000);
