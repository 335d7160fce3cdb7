/**
 * Statistics on a runtime without demo figures: Show reads the figures again even for the dates
 * already shown, and a count chart's axis is never labelled with a fraction.
 */
import type { Browser, Page } from 'playwright-core';
import { ANNA, type TestRuntime } from '../support/runtime';
import { startRuntimeAndBrowser } from '../support/e2e-world';
import { api, connectCustomer, connectPresent, loginAgent, type Client } from '../support/clients';
import { defaultChannelSettings } from '../../functions/protocol/channel-defaults';
import { ADMIN, openConsole, pagesClosedAfterEach } from './steps';

let runtime: TestRuntime;
let browser: Browser;
let anna: Client;

startRuntimeAndBrowser(async (started) => {
  ({ runtime, browser } = started);
  // Someone Present, so customers may start chats.
  anna = await connectPresent(runtime.url, runtime.wsUrl, ANNA);
});
afterAll(() => anna?.close());
const track = pagesClosedAfterEach();

const DAY_MS = 86_400_000;
const date = (offsetDays: number) => new Date(Date.now() + offsetDays * DAY_MS).toISOString().slice(0, 10);

/** A customer starts a chat; resolves once the bus's chat.started is counted, so a read of the figures has it. */
async function chatStarted(chatId: string): Promise<void> {
  const customer = await connectCustomer(runtime.url, runtime.wsUrl);
  customer.send({ action: 'chat.start', chatId, name: 'Iris Kok', email: 'iris@example.com', question: 'Do you ship to Germany?' });
  await customer.next('chat');
  await runtime.idle();
  await customer.close();
}

/** The Statistics tab showing a range around today (wide enough for any browser or server time zone). */
async function statisticsAroundToday(): Promise<Page> {
  const page = track(await openConsole(browser, runtime, ADMIN, 'Away'));
  await page.getByRole('tab', { name: 'Statistics' }).click();
  await page.getByLabel('From', { exact: true }).fill(date(-2));
  await page.getByLabel('To', { exact: true }).fill(date(1));
  await page.getByRole('button', { name: 'Show' }).click();
  return page;
}

const started = (page: Page) => page.locator('.figure').filter({ hasText: 'Chats started' }).locator('dd');

test('Show on the dates already shown reads the figures again, with the chats started since', async () => {
  await chatStarted('show-again-1');
  const page = await statisticsAroundToday();
  await started(page).filter({ hasText: /^1$/ }).waitFor();

  await chatStarted('show-again-2');
  await page.getByRole('button', { name: 'Show' }).click();
  await started(page).filter({ hasText: /^2$/ }).waitFor({ timeout: 5_000 });
}, 60_000);

test('count charts have whole-number ticks only, also with a single chat or none missed', async () => {
  await chatStarted('whole-ticks-1');
  const page = await statisticsAroundToday();
  await started(page).filter({ hasText: /^\d+$/ }).waitFor();
  for (const title of ['Chats per day', 'Missed chats', 'Ratings']) {
    const ticks = await page.getByRole('figure', { name: title }).locator('svg.bar-chart g.grid text').allTextContents();
    expect({ title, ticks }).toEqual({ title, ticks: [expect.stringMatching(/^0$/), expect.stringMatching(/^\d+$/), expect.stringMatching(/^\d+$/)] });
  }
}, 60_000);

test('Export CSV is off while the form says other dates than those shown, and a channel chosen shows at once', async () => {
  const { token } = await loginAgent(runtime.url, ADMIN.email, ADMIN.password);
  const saved = await api(runtime.url, '/api/channels', { token, body: { settings: { ...defaultChannelSettings('returns'), name: 'Returns' }, version: 0, create: true } });
  expect(saved.status).toBe(200);
  await chatStarted('export-match-1');
  const page = await statisticsAroundToday();
  await started(page).filter({ hasText: /^\d+$/ }).waitFor();
  const exportCsv = page.getByRole('button', { name: 'Export CSV' });
  await exportCsv.and(page.locator(':enabled')).waitFor();

  await page.getByLabel('From', { exact: true }).fill(date(-9));
  expect(await exportCsv.isDisabled()).toBe(true);
  await page.getByRole('button', { name: 'Show' }).click();
  await exportCsv.and(page.locator(':enabled')).waitFor();

  // Nothing started on Returns: choosing it shows its empty figures without Show, and exports under its name.
  await page.getByLabel('Channel').selectOption({ label: 'Returns' });
  await page.getByText('No chats in this period yet', { exact: false }).first().waitFor();
  await exportCsv.and(page.locator(':enabled')).waitFor();
  const download = page.waitForEvent('download');
  await exportCsv.click();
  expect((await download).suggestedFilename()).toMatch(/^parley-statistics-returns-\d{4}-\d\d-\d\d-to-\d{4}-\d\d-\d\d\.csv$/);
}, 60_000);
