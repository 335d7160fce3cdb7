/**
 * A channel with the dark theme: every text in the widget stays readable (axe-core finds no serious
 * contrast or other findings) — a chat in progress with its event line, a link, the typing
 * indicator and the text field's placeholder, a refused pre-chat form's error, and the offline form's thanks with the request number.
 */
import type { Browser, Locator } from 'playwright-core';
import type { ChannelsResponse } from '../../functions/protocol';
import { seriousViolations } from '../support/axe';
import { api, loginAgent, type Client } from '../support/clients';
import { startRuntimeAndBrowser } from '../support/e2e-world';
import type { TestRuntime } from '../support/runtime';
import { ADMIN, MILA, NOOR, openPage } from './steps';
import { answerNext, askQuestion, launcher, presentAgent, say } from './widget-steps';

let runtime: TestRuntime;
let browser: Browser;
let anna: Client;

startRuntimeAndBrowser(async (started) => {
  ({ runtime, browser } = started);
  const { token } = await loginAgent(runtime.url, ADMIN.email, ADMIN.password);
  const { body } = await api<ChannelsResponse>(runtime.url, '/api/channels', { method: 'GET', token });
  const { settings, version } = body.channels.find((c) => c.settings.id === 'default')!;
  const dark = { ...settings, look: { ...settings.look, theme: 'dark' as const } };
  expect((await api(runtime.url, '/api/channels', { token, body: { settings: dark, version } })).status).toBe(200);
  anna = await presentAgent(runtime);
});
afterAll(() => anna?.close());

/** WCAG contrast ratio of two `rgb(r, g, b)` colours. */
function contrast(a: string, b: string): number {
  const luminance = (rgb: string) => {
    const [r, g, b] = rgb.match(/\d+/g)!.slice(0, 3).map((c) => {
      const s = Number(c) / 255;
      return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light + 0.05) / (dark + 0.05);
}

/** The contrast of a text against the nearest background behind it that is not transparent. */
const contrastOnScreen = (text: Locator) => text.evaluate((el) => {
  let behind: Element | null = el;
  let background = 'rgba(0, 0, 0, 0)';
  while (behind && (background = getComputedStyle(behind).backgroundColor) === 'rgba(0, 0, 0, 0)') behind = behind.parentElement;
  return [getComputedStyle(el).color, background];
}).then(([color, background]) => contrast(color, background));

/** The contrast of a field's placeholder against the field. */
const placeholderContrast = (field: Locator) => field.evaluate((el) => [getComputedStyle(el, '::placeholder').color, getComputedStyle(el).backgroundColor])
  .then(([color, background]) => contrast(color, background));

test('a chat in progress, with its event line, a link, the agent typing and the text field\'s placeholder, is readable', async () => {
  const shop = await openPage(browser, runtime, '/demo/');
  await launcher(shop).click();
  await askQuestion(shop, MILA);
  const chatId = await answerNext(anna);
  say(anna, chatId, 'Hello from Anna. Our shipping times: https://example.com/shipping');
  const link = shop.getByRole('link', { name: 'https://example.com/shipping' });
  await link.waitFor();
  expect(await contrastOnScreen(link)).toBeGreaterThanOrEqual(4.5);
  expect(await placeholderContrast(shop.getByPlaceholder('Type a message'))).toBeGreaterThanOrEqual(4.5);
  anna.send({ action: 'typing', chatId });
  await shop.getByText('Anna de Vries is typing…').waitFor();
  await shop.getByText('Anna de Vries joined the chat').waitFor();
  expect(await seriousViolations(shop)).toEqual([]);
  await shop.context().close();
}, 60_000);

test('a refused pre-chat form\'s error is readable', async () => {
  const shop = await openPage(browser, runtime, '/demo/');
  await launcher(shop).click();
  await shop.getByLabel('Name').fill(MILA.name);
  await shop.getByLabel('Email').fill('mila@example');
  await shop.getByLabel('Your question').fill(MILA.question);
  await shop.getByRole('button', { name: 'Start chat' }).click();
  const error = shop.getByRole('alert');
  await error.waitFor();
  expect(await contrastOnScreen(error)).toBeGreaterThanOrEqual(4.5);
  expect(await seriousViolations(shop)).toEqual([]);
  await shop.context().close();
}, 60_000);

test('the offline form\'s thanks, with the request number, is readable', async () => {
  anna.send({ action: 'presence.set', status: 'away' });
  await anna.next('presence', (f) => f.status === 'away');
  const shop = await openPage(browser, runtime, '/demo/');
  await launcher(shop).click();
  await shop.getByLabel('Name').fill(NOOR.name);
  await shop.getByLabel('Email').fill(NOOR.email);
  await shop.getByLabel('Message').fill(NOOR.question);
  await shop.getByRole('button', { name: 'Send message' }).click();
  const thanks = shop.getByText(/^Thank you\. Your request number is \d+\.$/);
  await thanks.waitFor();
  // axe-core takes text as dark as its background for hidden on purpose, so the contrast is checked here too.
  expect(await contrastOnScreen(thanks)).toBeGreaterThanOrEqual(4.5);
  expect(await seriousViolations(shop)).toEqual([]);
  await shop.context().close();
}, 60_000);

test('a long header in a wide font wraps, and End chat and Minimise stay inside the panel', async () => {
  const { token } = await loginAgent(runtime.url, ADMIN.email, ADMIN.password);
  const { body } = await api<ChannelsResponse>(runtime.url, '/api/channels', { method: 'GET', token });
  const { settings, version } = body.channels.find((c) => c.settings.id === 'default')!;
  const header = 'Webwinkelklantenservicecentrum van Zeeland';
  const look = { ...settings.look, font: 'mono' as const, header: header.slice(0, 60) };
  expect((await api(runtime.url, '/api/channels', { token, body: { settings: { ...settings, look }, version } })).status).toBe(200);
  anna.send({ action: 'presence.set', status: 'present' });
  await anna.next('presence', (f) => f.status === 'present');

  const shop = await openPage(browser, runtime, '/demo/');
  await launcher(shop).click();
  await askQuestion(shop, NOOR);
  const end = shop.getByRole('button', { name: 'End chat' });
  await end.waitFor();
  const panelBox = (await shop.getByRole('region', { name: header.slice(0, 60) }).boundingBox())!;
  for (const button of [end, shop.getByRole('button', { name: 'Minimise' })]) {
    const box = (await button.boundingBox())!;
    expect(box.x + box.width).toBeLessThanOrEqual(panelBox.x + panelBox.width);
  }
  await shop.context().close();
}, 60_000);
