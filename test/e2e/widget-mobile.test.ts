/**
 * On a phone the panel fills the screen, the text field takes its whole width, and when the
 * on-screen keyboard shrinks the visual viewport the panel shrinks with it, so the text field stays
 * in sight above the keyboard.
 */
import type { Browser } from 'playwright-core';
import type { Client } from '../support/clients';
import { ANNA, type TestRuntime } from '../support/runtime';
import { MILA } from './steps';
import { agentReceives, answerNext, askQuestion, bubbles, customerSays, launcher, panel, say, worldPerFile, openWidgetWorld } from './widget-steps';

let runtime: TestRuntime;
let browser: Browser;
let anna: Client;

worldPerFile(openWidgetWorld, (world) => ({ runtime, browser, anna } = world));

const PHONE = { viewport: { width: 375, height: 667 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 };

/** Stands in for an on-screen keyboard: the visual viewport (not the layout viewport) loses `keyboard` px of height. */
function openKeyboard(keyboard: number) {
  const viewport = window.visualViewport!;
  const height = viewport.height - keyboard;
  Object.defineProperty(viewport, 'height', { get: () => height, configurable: true });
  viewport.dispatchEvent(new Event('resize'));
}

test('on a phone the panel fills the screen, the text field its width, and it stays above the keyboard', async () => {
  const context = await browser.newContext(PHONE);
  const phone = await context.newPage();
  await phone.goto(`${runtime.url}/demo/`);
  await launcher(phone).tap();
  const frame = panel(phone);
  await frame.waitFor();
  expect(await frame.boundingBox()).toEqual({ x: 0, y: 0, width: 375, height: 667 });
  expect(await phone.getByLabel('Name').evaluate((e) => getComputedStyle(e).fontSize)).toBe('16px');

  await askQuestion(phone, MILA);
  const chatId = await answerNext(anna);
  say(anna, chatId, 'Hello from Anna.');
  await bubbles(phone, 'Hello from Anna.').waitFor();
  const field = frame.getByRole('textbox', { name: 'Message' });
  // The text field has a row of its own, the panel's width less its padding; Send sits below it, on the right.
  const wide = (await field.boundingBox())!;
  expect(wide.width).toBeGreaterThan(375 - 40);
  const send = (await phone.getByRole('button', { name: 'Send' }).boundingBox())!;
  expect(send.y).toBeGreaterThanOrEqual(wide.y + wide.height);
  expect(send.x + send.width).toBeGreaterThan(375 - 20);
  await field.tap();
  await phone.evaluate(openKeyboard, 300);

  await phone.waitForFunction(() => document.querySelector('parley-widget')!.shadowRoot!.querySelector('.panel')!.getBoundingClientRect().height === 367);
  const box = (await field.boundingBox())!;
  expect(box.y + box.height).toBeLessThanOrEqual(367);
  await phone.getByRole('button', { name: 'Send' }).waitFor();
  await customerSays(phone, 'Typed above the keyboard.');
  await agentReceives(anna, chatId, 'Typed above the keyboard.');
  await phone.getByText(`You are chatting with ${ANNA.name}.`).waitFor();

  // The emoji picker opened above the text field keeps its search on screen, its list shorter.
  await phone.getByRole('button', { name: 'Emoji' }).tap();
  const search = (await frame.getByRole('searchbox').boundingBox())!;
  expect(search.y).toBeGreaterThanOrEqual(0);
}, 60_000);
