/** Statistics with From after To: the range is marked invalid, and Export CSV is off until it is valid again (it would export the range shown before). */
import type { Browser } from 'playwright-core';
import type { TestRuntime } from '../support/runtime';
import { startRuntimeAndBrowser } from '../support/e2e-world';
import { ADMIN, openConsole, pagesClosedAfterEach } from './steps';

let runtime: TestRuntime;
let browser: Browser;

startRuntimeAndBrowser(async (started) => {
  ({ runtime, browser } = started);
  await runtime.invoke('DemoStats', {});
});
const track = pagesClosedAfterEach();

test('Export CSV is disabled, and both dates marked, while From is after To; a valid range exports that range', async () => {
  const page = track(await openConsole(browser, runtime, ADMIN, 'Away'));
  await page.getByRole('tab', { name: 'Statistics' }).click();
  await page.locator('figure.chart').first().waitFor();
  const exportCsv = page.getByRole('button', { name: 'Export CSV' });
  const from = page.getByLabel('From', { exact: true });
  const to = page.getByLabel('To', { exact: true });
  expect(await exportCsv.isEnabled()).toBe(true);

  await from.fill('2026-03-20');
  await to.fill('2026-03-10');
  const badRange = page.getByText('Choose a “to” date on or after the “from” date, at most 400 days later.');
  await badRange.waitFor();
  expect(await exportCsv.isDisabled()).toBe(true);
  expect(await page.getByRole('button', { name: 'Show' }).isDisabled()).toBe(true);
  for (const field of [from, to]) {
    expect(await field.getAttribute('aria-invalid')).toBe('true');
    expect(await field.getAttribute('aria-describedby')).toBe(await badRange.getAttribute('id'));
  }

  await to.fill('2026-03-25');
  await badRange.waitFor({ state: 'detached' });
  expect(await from.getAttribute('aria-invalid')).toBeNull();
  await page.getByRole('button', { name: 'Show' }).click();
  await exportCsv.and(page.locator(':enabled')).waitFor();
  const [download] = await Promise.all([page.waitForEvent('download'), exportCsv.click()]);
  expect(download.suggestedFilename()).toBe('parley-statistics-2026-03-20-to-2026-03-25.csv');
});
