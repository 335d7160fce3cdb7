/**
 * "Download" under an image in the console opens the image however long the console was open, and
 * also when its preview never came: download links last 5 minutes (DOWNLOAD_URL_SECONDS), so the
 * link is asked for again rather than the one fetched for the preview reused.
 */
import type { Browser, Page, Route } from 'playwright-core';
import type { DemoLogin } from '../../infra/local/demo-logins';
import { ANNA, BRAM, type TestRuntime } from '../support/runtime';
import * as sample from '../support/sample-files';
import { startRuntimeAndBrowser } from '../support/e2e-world';
import { logInOn, MILA, NOOR, pagesClosedAfterEach, startChat, type Customer } from './steps';

let runtime: TestRuntime;
let browser: Browser;

startRuntimeAndBrowser((started) => ({ runtime, browser } = started));
const track = pagesClosedAfterEach();

/** `login`'s console, Present; `before` runs on its page before it loads (a clock, a socket route). */
async function agentConsole(login: DemoLogin, before: (page: Page) => Promise<unknown>): Promise<Page> {
  const page = track(await (await browser.newContext()).newPage());
  await before(page);
  return logInOn(page, login, 'Present', runtime);
}

/** The agent answers `customer`, who then sends red.png; resolves once the console shows the message. */
async function imageSent(agent: Page, customer: Customer): Promise<void> {
  const shop = track(await startChat(browser, runtime, customer));
  await agent.getByRole('button', { name: 'Get next in queue' }).click();
  await agent.getByRole('list', { name: 'Conversation' }).getByText(customer.question).waitFor();
  await shop.locator('input[type=file]').setInputFiles({ name: 'red.png', mimeType: 'image/png', buffer: sample.photoPng(40, 30) });
  await agent.getByRole('list', { name: 'Conversation' }).getByText('red.png').waitFor();
}

/** When a presigned URL was signed (its X-Amz-Date, to the second). */
function signedAt(url: string): number {
  const stamp = new URL(url).searchParams.get('X-Amz-Date')!;
  return Date.parse(stamp.replace(/^(\d{4})(\d\d)(\d\d)T(\d\d)(\d\d)(\d\d)Z$/, '$1-$2-$3T$4:$5:$6Z'));
}

const EXPIRED = '<?xml version="1.0" encoding="UTF-8"?><Error><Code>AccessDenied</Code><Message>Request has expired</Message></Error>';

/** Clicks Download under red.png; the tab it opens, once loaded, and whether it shows the image. */
async function downloadedImage(agent: Page): Promise<{ tab: Page; image: boolean }> {
  const opened = agent.context().waitForEvent('page', { timeout: 10_000 });
  await agent.locator('.attachment').filter({ hasText: 'red.png' }).getByRole('link', { name: 'Download' }).click();
  const tab = await opened;
  await tab.waitForLoadState();
  const image = await tab.evaluate(() => document.images.length === 1 && document.images[0].naturalWidth === 40);
  return { tab, image };
}

test('Download under an image opens it after the console was open longer than its first link lasts', async () => {
  // The bucket refuses, as expired, every link signed before `expiredBefore`.
  let expiredBefore = 0;
  const bucket = (route: Route) =>
    signedAt(route.request().url()) < expiredBefore ? route.fulfill({ status: 403, contentType: 'application/xml', body: EXPIRED }) : route.continue();
  const agent = await agentConsole(ANNA, async (page) => {
    await page.clock.install();
    await page.context().route((url) => url.origin === new URL(runtime.s3Endpoint).origin, bucket);
  });
  await imageSent(agent, MILA);
  const preview = agent.getByRole('list', { name: 'Conversation' }).getByRole('img', { name: 'red.png' });
  await agent.waitForFunction((img) => (img as HTMLImageElement).complete && (img as HTMLImageElement).naturalWidth === 40, await preview.elementHandle());

  // Six minutes later, for the console and for the bucket: the preview's link (and any of its second) has expired.
  expiredBefore = signedAt((await preview.getAttribute('src'))!) + 1000;
  while (Date.now() < expiredBefore) await agent.waitForTimeout(100);
  await agent.clock.fastForward('06:00');

  const { tab, image } = await downloadedImage(agent);
  expect(await tab.content()).not.toContain('Request has expired');
  expect(image).toBe(true);
}, 60_000);

test('Download under an image whose preview could not be fetched still opens the image', async () => {
  let refused = false;
  // Bram, whose console opens no earlier chat with an image of its own to ask a link for.
  const agent = await agentConsole(BRAM, (page) =>
    // The first link asked for (the preview's) is refused, as a dropped or refused request would be.
    page.routeWebSocket(/\/ws/, (socket) => {
      const server = socket.connectToServer();
      socket.onMessage((message) => {
        const frame = JSON.parse(String(message)) as { action?: string; ref?: string };
        if (frame.action !== 'file.download' || refused) return server.send(message);
        refused = true;
        socket.send(JSON.stringify({ type: 'error', ref: frame.ref, code: 'internal', message: 'Try again' }));
      });
    }));
  await imageSent(agent, NOOR);
  await agent.getByRole('alert').getByText('The file could not be opened. Try again.').waitFor();

  const { image } = await downloadedImage(agent);

  expect(image).toBe(true);
  await agent.getByRole('list', { name: 'Conversation' }).getByRole('img', { name: 'red.png' }).waitFor();
}, 60_000);
