/** The Statistics tab in Chromium (charts of the seeded demo weeks, Export CSV, the empty state) and the Dashboard's live figures. */
import { readFile } from 'node:fs/promises';
import type { Browser } from 'playwright-core';
import { seriousViolations } from '../support/axe';
import { ANNA, type TestRuntime } from '../support/runtime';
import { startRuntimeAndBrowser } from '../support/e2e-world';
import { api, loginAgent } from '../support/clients';
import { defaultChannelSettings } from '../../functions/protocol/channel-defaults';
import { ADMIN, logInOn, MILA, openConsole, startChat } from './steps';
import { valueOnceItIs } from './field-steps';

let runtime: TestRuntime;
let browser: Browser;

startRuntimeAndBrowser(async (started) => {
  ({ runtime, browser } = started);
  await runtime.invoke('DemoStats', {});
});

test('a range without chats shows the empty state instead of charts', async () => {
  const page = await openConsole(browser, runtime, ADMIN, 'Away');
  await page.getByRole('tab', { name: 'Statistics' }).click();
  await page.locator('figure.chart').first().waitFor();
  await page.getByLabel('From', { exact: true }).fill('2020-01-01');
  await page.getByLabel('To', { exact: true }).fill('2020-01-31');
  await page.getByRole('button', { name: 'Show' }).click();
  await page.getByText('No chats in this period yet.').waitFor();
  expect(await page.locator('figure.chart').count()).toBe(0);
  await page.context().close();
});

test("a browser in another time zone is shown the days of the figures' own zone, today included", async () => {
  // A zone whose date is not Amsterdam's at this moment: Pago Pago (UTC−11) from 23:00 to 11:00 UTC, Kiritimati (UTC+14) the rest of the day.
  const dateIn = (timeZone: string) => new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
  const amsterdam = dateIn('Europe/Amsterdam');
  const timezoneId = dateIn('Pacific/Pago_Pago') !== amsterdam ? 'Pacific/Pago_Pago' : 'Pacific/Kiritimati';
  expect(dateIn(timezoneId)).not.toBe(amsterdam);
  const context = await browser.newContext({ timezoneId });
  const page = await logInOn(await context.newPage(), ADMIN, 'Away', runtime);
  await page.getByRole('tab', { name: 'Statistics' }).click();
  await page.locator('figure.chart').first().waitFor();
  expect(await valueOnceItIs(page.getByLabel('To', { exact: true }), amsterdam)).toBe(amsterdam);
  await page.getByRole('button', { name: 'Last 7 days' }).click();
  expect(await page.getByLabel('To', { exact: true }).inputValue()).toBe(amsterdam);
  await context.close();
});

test('the Dashboard shows active chat sessions and chats answered today as they change', async () => {
  const anna = await openConsole(browser, runtime, ANNA, 'Present');
  const figure = (label: string) => anna.locator('.figure').filter({ hasText: label }).locator('dd');
  await anna.getByRole('tab', { name: /^Dashboard/ }).click();
  await figure('Chats answered today').filter({ hasText: /^0$/ }).waitFor();

  const shop = await startChat(browser, runtime, MILA);
  await anna.getByRole('tab', { name: /^Chats/ }).click();
  await anna.getByRole('button', { name: 'Get next in queue' }).click();
  await anna.getByRole('list', { name: 'Conversation' }).getByText(MILA.question).waitFor();
  await anna.getByRole('tab', { name: /^Dashboard/ }).click();
  await figure('Active chat sessions').filter({ hasText: /^1$/ }).waitFor();
  await figure('Chats answered today').filter({ hasText: /^1$/ }).waitFor();
  await Promise.all([anna.context().close(), shop.context().close()]);
});

test('the channel choice lists the channels by the names the admin gave them, a new one included', async () => {
  const page = await openConsole(browser, runtime, ADMIN, 'Away');
  const { token } = await loginAgent(runtime.url, ADMIN.email, ADMIN.password);
  const saved = await api(runtime.url, '/api/channels', { token, body: { settings: { ...defaultChannelSettings(), id: 'sales', name: 'Sales <b>team</b>' }, version: 0 } });
  expect(saved.status).toBe(200);
  await page.getByRole('tab', { name: 'Statistics' }).click();
  const choice = page.getByLabel('Channel');
  await choice.locator('option', { hasText: 'Sales <b>team</b>' }).waitFor({ state: 'attached' });
  expect(await choice.locator('option').allTextContents()).toEqual(['All channels', 'Customer service', 'Sales <b>team</b>']);
  await page.context().close();
});

test('an agent who is not a manager has no Statistics tab', async () => {
  const page = await openConsole(browser, runtime, ANNA, 'Away');
  await page.getByRole('tab', { name: /^Chats/ }).waitFor();
  expect(await page.getByRole('tab', { name: 'Statistics' }).count()).toBe(0);
  await page.context().close();
});

test('with demo weeks seeded, Statistics shows charts with data and exports them as CSV', async () => {
  const page = await openConsole(browser, runtime, ADMIN, 'Away');
  await page.getByRole('tab', { name: 'Statistics' }).click();
  await page.getByText('These figures include demo data').waitFor();

  for (const title of ['Chats per day', 'Busiest hours', 'Wait before answer', 'Ratings']) {
    const chart = page.getByRole('figure', { name: title });
    await chart.locator('svg rect').first().waitFor({ state: 'attached' });
    const drawn = await chart.locator('svg rect.bar, svg rect.cell[fill-opacity]').evaluateAll((rects) =>
      rects.filter((r) => Number(r.getAttribute('height')) > 0 && (r.classList.contains('bar') || Number(r.getAttribute('fill-opacity')) > 0.05)).length);
    expect(drawn).toBeGreaterThan(0);
  }
  await page.getByText(/^Best rated: /).waitFor();
  // The charts' tables for screen readers stay out of sight without widening the page.
  expect(await page.getByRole('table', { name: 'Busiest hours: figures' }).count()).toBe(1);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(page.viewportSize()!.width);
  const started = await page.locator('.figure').filter({ hasText: 'Chats started' }).locator('dd').textContent();
  // Missed chats says of what: customers who left the queue and those who used the offline form.
  const [missed, detail] = await page.locator('.figure').filter({ hasText: 'Missed chats' }).locator('dd').allTextContents();
  const [, left, offline] = detail.match(/^(\d+) left the queue, (\d+) by offline form$/)!;
  expect(Number(left) + Number(offline)).toBe(Number(missed));
  expect(Number(offline)).toBeGreaterThan(0);

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export CSV' }).click()]);
  expect(download.suggestedFilename()).toMatch(/^parley-statistics-\d{4}-\d{2}-\d{2}-to-\d{4}-\d{2}-\d{2}\.csv$/);
  const csv = await readFile((await download.path())!, 'utf8');
  const lines = csv.split('\r\n');
  expect(lines[0]).toMatch(/^Parley statistics,\d{4}-\d{2}-\d{2} to \d{4}-\d{2}-\d{2},All channels,Europe\/Amsterdam$/);
  expect(lines).toContain('Period,Chats started,Chats answered,Abandoned in queue,Offline form requests,Average wait (s),90th percentile wait (s),Average handling time (s)');
  expect(lines.find((l) => l.startsWith('Total,'))?.split(',')[1]).toBe(started);
  expect(lines.filter((l) => /^\d{4}-\d{2}-\d{2},/.test(l))).toHaveLength(28);
  expect(lines.some((l) => l.startsWith('Anna de Vries,'))).toBe(true);
  await page.context().close();
});

test('the Statistics tab with its charts has no serious accessibility findings', async () => {
  const page = await openConsole(browser, runtime, ADMIN, 'Away');
  await page.getByRole('tab', { name: 'Statistics' }).click();
  await page.getByRole('figure', { name: 'Busiest hours' }).waitFor();
  expect(await seriousViolations(page)).toEqual([]);
  await page.context().close();
});

test('a range of twelve months shows chats per month', async () => {
  const page = await openConsole(browser, runtime, ADMIN, 'Away');
  await page.getByRole('tab', { name: 'Statistics' }).click();
  await page.getByRole('button', { name: 'Last 12 months' }).click();
  const chart = page.getByRole('figure', { name: 'Chats per month' });
  await chart.waitFor();
  expect(await chart.getByRole('row').count()).toBe(13);
  await page.context().close();
});
