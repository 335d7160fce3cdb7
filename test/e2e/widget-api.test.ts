/**
 * What a site can do with `window.Parley`: queue calls before widget.js loads, open and close the
 * panel, pre-fill the pre-chat form with `identify`, listen to what happens, and switch the chime.
 */
import type { Browser, Page } from 'playwright-core';
import type { Client } from '../support/clients';
import type { HostPage, HostSite } from '../support/host-page';
import { MILA, NOOR, type Customer } from './steps';
import { answerNext, bubbles, launcher, panel, say, worldPerFile, openHostWorld } from './widget-steps';

let browser: Browser;
let site: HostSite;
let anna: Client;

worldPerFile(openHostWorld, (world) => ({ browser, site, anna } = world));

type Seen = [string, unknown][];
const EVENTS = ['open', 'close', 'message', 'chat-started', 'chat-ended', 'unread'];

/** Records every public event in `window.seen`. */
const listen = (page: Page) =>
  page.evaluate((types) => {
    const page = window as unknown as { seen: Seen; Parley: { on(type: string, fn: (detail: unknown) => void): () => void } };
    page.seen = [];
    for (const type of types) page.Parley.on(type, (detail) => page.seen.push([type, detail]));
  }, EVENTS);
const seen = (page: Page, type: string) => page.evaluate((type) => (window as unknown as { seen: Seen }).seen.filter(([t]) => t === type).map(([, d]) => d), type);
const waitSeen = (page: Page, type: string, count = 1) =>
  page.waitForFunction(([type, count]) => (window as unknown as { seen: Seen }).seen.filter(([t]) => t === type).length >= count, [type, count] as const);

async function openShop(page: HostPage = {}): Promise<Page> {
  const shop = await site.open(browser, page);
  await launcher(shop).waitFor();
  await shop.waitForFunction(() => 'Parley' in window && !Array.isArray((window as unknown as { Parley: unknown }).Parley));
  await listen(shop);
  return shop;
}

async function startFromOpenPanel(shop: Page, customer: Customer): Promise<string> {
  await shop.getByLabel('Your question').fill(customer.question);
  await shop.getByRole('button', { name: 'Start chat' }).click();
  await shop.getByText('Waiting for an agent…').waitFor();
  return answerNext(anna);
}

test('open, identify, close and the events a site hears', async () => {
  const queued = `<script>(window.Parley = window.Parley || []).push(['identify', { name: '${MILA.name}' }]);</script>`;
  const shop = await openShop({ head: queued });
  await shop.evaluate((email) => (window as unknown as { Parley: { identify(who: object): void } }).Parley.identify({ email }), MILA.email);
  await shop.evaluate(() => (window as unknown as { Parley: { open(): void } }).Parley.open());
  await panel(shop).waitFor();
  await waitSeen(shop, 'open');
  expect(await shop.getByLabel('Name').inputValue()).toBe(MILA.name);
  expect(await shop.getByLabel('Email').inputValue()).toBe(MILA.email);

  const chatId = await startFromOpenPanel(shop, MILA);
  expect(await seen(shop, 'chat-started')).toEqual([{ chatId }]);
  say(anna, chatId, 'Hello from Anna.');
  await shop.waitForFunction(() => (window as unknown as { seen: [string, { text?: string }][] }).seen.some(([t, d]) => t === 'message' && d.text === 'Hello from Anna.'));
  // The "joined" event is heard too, unless the page's first picture of the chat already held it
  // (a sync that overtakes the start's reply); the agent's message is always news, and heard once.
  const messages = await seen(shop, 'message');
  expect(messages.filter((m) => (m as { text?: string }).text === 'Hello from Anna.')).toEqual([
    expect.objectContaining({ chatId, kind: 'text', author: expect.objectContaining({ role: 'agent' }) }),
  ]);

  await shop.evaluate(() => (window as unknown as { Parley: { close(): void } }).Parley.close());
  await waitSeen(shop, 'close');
  expect(await panel(shop).isVisible()).toBe(false);
  say(anna, chatId, 'Anything else?');
  await shop.getByRole('button', { name: 'Chat with us, 1 unread' }).waitFor();
  expect(await seen(shop, 'unread')).toContain(1);

  anna.send({ action: 'chat.end', chatId });
  await waitSeen(shop, 'chat-ended');
  expect(await seen(shop, 'chat-ended')).toEqual([{ chatId }]);
}, 60_000);

type SitePage = { Parley: { open(): void; identify(who: object): void; on(type: string, fn: () => void): void }; firstShown?: string[] };
/** The widget form's name and email inputs, in its shadow root. */
const IDENTITY_FIELDS = 'input[autocomplete=name], input[autocomplete=email]';
const identityShown = (shop: Page) =>
  shop.evaluate((fields) => [...document.querySelector('parley-widget')!.shadowRoot!.querySelectorAll<HTMLInputElement>(fields)].map((input) => input.value), IDENTITY_FIELDS);
/** Resolves once the form shows this name and email, as a customer would see them. */
const waitShown = (shop: Page, name: string, email: string) =>
  shop.waitForFunction(
    ([fields, shown]) => [...document.querySelector('parley-widget')!.shadowRoot!.querySelectorAll<HTMLInputElement>(fields)].map((input) => input.value).join('\n') === shown,
    [IDENTITY_FIELDS, `${name}\n${email}`] as const,
  );

test('what identify said before the panel opened is in the pre-chat form from its first paint', async () => {
  const queued = `<script>(window.Parley = window.Parley || []).push(['identify', { name: '${MILA.name}' }]);</script>`;
  const shop = await openShop({ head: queued });
  await shop.evaluate(
    ([fields, email]) => {
      const page = window as unknown as SitePage;
      const shadow = document.querySelector('parley-widget')!.shadowRoot!;
      // Mutation records are handed over before the browser paints: this is what the customer sees first.
      new MutationObserver((_, observer) => {
        const inputs = shadow.querySelectorAll<HTMLInputElement>(fields);
        if (inputs.length < 2) return;
        page.firstShown = [...inputs].map((input) => input.value);
        observer.disconnect();
      }).observe(shadow, { childList: true, subtree: true });
      page.Parley.identify({ email });
      page.Parley.open();
    },
    [IDENTITY_FIELDS, MILA.email] as const,
  );
  await shop.waitForFunction(() => (window as unknown as SitePage).firstShown);
  expect(await shop.evaluate(() => (window as unknown as SitePage).firstShown)).toEqual([MILA.name, MILA.email]);
}, 60_000);

test("identify called as the panel opens, from the site's open listener, fills the pre-chat form", async () => {
  const shop = await openShop();
  await shop.evaluate((who) => {
    const page = window as unknown as SitePage;
    page.Parley.on('open', () => page.Parley.identify(who));
    page.Parley.open();
  }, { name: MILA.name, email: MILA.email });
  await waitShown(shop, MILA.name, MILA.email);
  expect(await identityShown(shop)).toEqual([MILA.name, MILA.email]);
}, 60_000);

test('a later identify fills the fields still empty and keeps what the customer typed', async () => {
  const shop = await openShop();
  await launcher(shop).click();
  await shop.getByLabel('Name').fill(NOOR.name);
  await shop.evaluate((who) => (window as unknown as SitePage).Parley.identify(who), { name: MILA.name, email: MILA.email });
  await waitShown(shop, NOOR.name, MILA.email);
  expect(await identityShown(shop)).toEqual([NOOR.name, MILA.email]);
}, 60_000);

/** Runs before the page's scripts: an AudioContext that counts the tones started instead of playing them. */
function countTones() {
  const page = window as unknown as { tones: number };
  page.tones = 0;
  class CountingAudioContext {
    currentTime = 0;
    destination = {};
    resume = () => Promise.resolve();
    createGain = () => ({ gain: { setValueAtTime() {}, exponentialRampToValueAtTime() {} }, connect: (next: unknown) => next });
    createOscillator = () => ({ frequency: {}, connect: (next: unknown) => next, start: () => page.tones++, stop() {} });
  }
  Object.defineProperty(window, 'AudioContext', { value: CountingAudioContext });
}

test('the chime is off by default, on with data-sound="on" or Parley.sound(true)', async () => {
  async function chatWithClosedPanel(page: HostPage, customer: Customer) {
    const context = await browser.newContext();
    await context.addInitScript(countTones);
    const shop = await context.newPage();
    await shop.goto(site.serve(page));
    await launcher(shop).click();
    await shop.getByLabel('Name').fill(customer.name);
    await shop.getByLabel('Email').fill(customer.email);
    const chatId = await startFromOpenPanel(shop, customer);
    await panel(shop).getByRole('button', { name: 'Minimise chat' }).click();
    return { shop, chatId };
  }
  const tones = (shop: Page) => shop.evaluate(() => (window as unknown as { tones: number }).tones);

  const quiet = await chatWithClosedPanel({}, MILA);
  say(anna, quiet.chatId, 'Silent hello.');
  await quiet.shop.getByRole('button', { name: 'Chat with us, 1 unread' }).waitFor();
  expect(await tones(quiet.shop)).toBe(0);
  await quiet.shop.evaluate(() => (window as unknown as { Parley: { sound(on: boolean): void } }).Parley.sound(true));
  say(anna, quiet.chatId, 'Audible hello.');
  await quiet.shop.waitForFunction(() => (window as unknown as { tones: number }).tones === 1);

  const loud = await chatWithClosedPanel({ snippet: { 'data-sound': 'on' } }, NOOR);
  say(anna, loud.chatId, 'Hello with a chime.');
  await loud.shop.waitForFunction(() => (window as unknown as { tones: number }).tones === 1);
  await loud.shop.getByRole('button', { name: 'Chat with us, 1 unread' }).waitFor();
  await launcher(loud.shop).click();
  say(anna, loud.chatId, 'Seen in the open panel.');
  await bubbles(loud.shop, 'Seen in the open panel.').waitFor();
  expect(await tones(loud.shop)).toBe(1);
}, 60_000);
