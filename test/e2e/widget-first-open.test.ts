/**
 * The widget's way in: a visitor opening it for the first time makes one API call, which answers
 * who they are, a first WebSocket ticket and whether anyone is online, and then connects. A
 * returning visitor asks whether anyone is online and for a ticket, as before.
 */
import type { Browser, Page } from 'playwright-core';
import type { Client } from '../support/clients';
import type { TestRuntime } from '../support/runtime';
import { openPage, pagesClosedAfterEach } from './steps';
import { askQuestion, launcher, openWidgetWorld, panel, worldPerFile } from './widget-steps';

let runtime: TestRuntime;
let browser: Browser;
let anna: Client;
worldPerFile(openWidgetWorld, (world) => ({ runtime, browser, anna } = world));
const track = pagesClosedAfterEach();

/** The API calls the panel makes and its WebSocket, in order; the loader's fetch of the channel's look is not the panel's. */
function panelCalls(page: Page): string[] {
  const calls: string[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.pathname.startsWith('/api/') && !url.pathname.startsWith('/api/widget/')) calls.push(`${request.method()} ${url.pathname}${url.search}`);
  });
  page.on('websocket', () => calls.push('WebSocket'));
  return calls;
}

async function setAnna(status: 'present' | 'away') {
  anna.send({ action: 'presence.set', status });
  await anna.next('presence', (f) => f.status === status);
}

test('a new visitor makes one call before the WebSocket opens, and chats on that first connection', async () => {
  const shop = track(await openPage(browser, runtime, '/demo/'));
  const calls = panelCalls(shop);

  await launcher(shop).click();
  await askQuestion(shop, { name: 'Ida Kok', email: 'ida@example.com', question: 'Is the blue scarf in stock?' });

  expect(calls).toEqual(['POST /api/visitors?channel=default', 'WebSocket']);
}, 60_000);

test('a new visitor with nobody Present gets the offline form from that one call', async () => {
  await setAnna('away');
  try {
    const shop = track(await openPage(browser, runtime, '/demo/'));
    const calls = panelCalls(shop);

    await launcher(shop).click();
    await shop.getByText('We are not online right now. Leave a message and we will get back to you.').waitFor();

    expect(calls.filter((call) => call !== 'WebSocket')).toEqual(['POST /api/visitors?channel=default']);
  } finally {
    await setAnna('present');
  }
}, 60_000);

test('a visitor who met the offline form gets the pre-chat form on opening the widget again once an agent is Present', async () => {
  await setAnna('away');
  try {
    const shop = track(await openPage(browser, runtime, '/demo/'));
    await launcher(shop).click();
    await shop.getByText('We are not online right now. Leave a message and we will get back to you.').waitFor();
    await panel(shop).getByRole('button', { name: 'Minimise chat' }).click();

    await setAnna('present');
    const calls = panelCalls(shop);
    await launcher(shop).click();
    await panel(shop).getByLabel('Your question').waitFor();

    expect(calls).toEqual(['GET /api/availability?channel=default']);
  } finally {
    await setAnna('present');
  }
}, 60_000);

test('a returning visitor, after a reload, asks whether anyone is online and for a ticket, and keeps its identity', async () => {
  const shop = track(await openPage(browser, runtime, '/demo/'));
  await launcher(shop).click();
  await shop.getByLabel('Your question').waitFor();
  const visitor = await shop.evaluate(() => localStorage.getItem('parley.visitor.default'));

  await shop.reload();
  const calls = panelCalls(shop);
  await launcher(shop).click();
  await askQuestion(shop, { name: 'Ida Kok', email: 'ida@example.com', question: 'And the red one?' });

  expect([...calls].sort()).toEqual(['GET /api/availability?channel=default', 'POST /api/tickets', 'WebSocket']);
  expect(await shop.evaluate(() => localStorage.getItem('parley.visitor.default'))).toBe(visitor);
}, 60_000);

test('a start that failed on a poor network (config.json refused once) is tried again by itself: the form comes without a reload', async () => {
  await setAnna('present');
  const shop = track(await openPage(browser, runtime, '/demo/'));
  // The loader asked for config.json when the page loaded; the panel's own request is the next one, refused once.
  let refused = 0;
  await shop.route('**/config.json', (route) => (refused++ === 0 ? route.abort() : route.continue()));

  await launcher(shop).click();
  await panel(shop).getByText('Chat is not available right now', { exact: false }).waitFor();
  await panel(shop).getByRole('button', { name: 'Start chat' }).waitFor({ timeout: 15_000 });
  expect(refused).toBeGreaterThanOrEqual(2);
});
