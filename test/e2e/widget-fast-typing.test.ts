/**
 * A customer who types faster than their side's rate limit allows: every message reaches the agent
 * once, in the order typed, and the widget never asks them to try again. The limit is lowered here
 * (bursts of 3, then 2 a second) so ten quick messages reach it.
 */
import type { Browser, Locator } from 'playwright-core';
import { ANNA, type TestRuntime } from '../support/runtime';
import { startRuntimeAndBrowser } from '../support/e2e-world';
import { MILA, answeredChat } from './steps';
import { bubbles, customerSays, panel } from './widget-steps';

let runtime: TestRuntime;
let browser: Browser;

startRuntimeAndBrowser((started) => ({ runtime, browser } = started), { handlerEnv: { LIMIT_FRAME_BURST: '3', LIMIT_FRAMES_PER_SECOND: '2' } });

test('ten messages typed faster than the limit reach the agent once each, in the order typed, with no refusal shown', async () => {
  const { agent: anna, shop } = await answeredChat(browser, runtime, ANNA, MILA);
  const consoleConversation = () => anna.getByRole('list', { name: 'Conversation' });
  await consoleConversation().getByText(MILA.question).waitFor();

  const texts = [...'ABCDEFGHIJ'].map((letter) => `Quick line ${letter}`);
  for (const text of texts) await customerSays(shop, text);

  await consoleConversation().getByText(texts[texts.length - 1], { exact: true }).waitFor({ timeout: 20_000 });
  await shop.getByText('Sending…').first().waitFor({ state: 'detached', timeout: 20_000 });
  // The quick lines as each side lists them, in its order.
  const shown = async (list: Locator) => (await list.getByRole('listitem').allTextContents()).map((line) => texts.find((text) => line.includes(text))).filter(Boolean);
  expect(await shown(consoleConversation())).toEqual(texts);
  expect(await shown(panel(shop).getByRole('list', { name: 'Conversation' }))).toEqual(texts);
  for (const text of texts) expect(await bubbles(shop, text).count()).toBe(1);
  expect(await panel(shop).getByText(/too fast/).count()).toBe(0);
}, 60_000);
