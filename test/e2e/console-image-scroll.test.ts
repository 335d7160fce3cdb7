/**
 * A conversation ending in images stays at its newest message in the console: the previews take
 * their height only after the scroll to the newest (their links come first), after a send and after
 * a reload alike; a reader who scrolled up to read is not pulled down by them.
 */
import type { Browser, Locator, Page } from 'playwright-core';
import { ANNA, type TestRuntime } from '../support/runtime';
import * as sample from '../support/sample-files';
import { startRuntimeAndBrowser } from '../support/e2e-world';
import { MILA, answeredChat, pagesClosedAfterEach } from './steps';

let runtime: TestRuntime;
let browser: Browser;

startRuntimeAndBrowser((started) => ({ runtime, browser } = started));
const track = pagesClosedAfterEach();

const PHOTOS = ['one.png', 'two.png', 'three.png'].map((name) => ({ name, mimeType: 'image/png', buffer: sample.photoPng(400, 300) }));

/** Resolves once every preview in `view` has loaded. */
async function previewsLoaded(page: Page, view: Locator, count: number): Promise<void> {
  await page.waitForFunction(
    ([list, n]) => {
      const images = [...(list as HTMLElement).querySelectorAll('img')];
      return images.length === n && images.every((img) => img.complete && img.naturalWidth === 400);
    },
    [await view.elementHandle(), count] as const,
  );
}

/** Pixels of the newest message below the conversation's visible part, once it has settled (at most 3 s). */
async function newestCutOffPx(page: Page, view: Locator): Promise<number> {
  const cutOff = (list: HTMLElement) => {
    const newest = list.lastElementChild!.getBoundingClientRect();
    return Math.max(0, Math.round(newest.bottom - list.getBoundingClientRect().bottom));
  };
  await page.waitForFunction((list) => (list as HTMLElement).lastElementChild!.getBoundingClientRect().bottom <= (list as HTMLElement).getBoundingClientRect().bottom + 1, await view.elementHandle(), { timeout: 3000 }).catch(() => {});
  return view.evaluate(cutOff);
}

/** Slows each file from the bucket by `ms`, so previews load well after the messages show, as on a slow line. */
async function slowBucket(page: Page, ms: number): Promise<void> {
  await page.context().route((url) => url.origin === new URL(runtime.s3Endpoint).origin, async (route) => {
    await new Promise((resolve) => setTimeout(resolve, ms));
    await route.continue();
  });
}

test('three images sent at once, and the same chat after each of three reloads, end with the newest image fully in view', async () => {
  const { agent, shop } = await answeredChat(browser, runtime, ANNA, MILA);
  track(agent);
  track(shop);
  await agent.setViewportSize({ width: 1280, height: 560 });
  await slowBucket(agent, 300);
  const view = agent.getByRole('list', { name: 'Conversation' });

  await agent.locator('.composer input[type=file]').setInputFiles(PHOTOS);
  await previewsLoaded(agent, view, 3);
  expect(await newestCutOffPx(agent, view)).toBe(0);

  for (let reload = 0; reload < 3; reload++) {
    await agent.reload();
    await previewsLoaded(agent, view, 3);
    expect(await newestCutOffPx(agent, view)).toBe(0);
  }
}, 90_000);

test('an agent who scrolled up to read is left there while images load', async () => {
  const { agent, shop } = await answeredChat(browser, runtime, ANNA, { ...MILA, question: 'Which of these colours do you have?' });
  track(agent);
  track(shop);
  await agent.setViewportSize({ width: 1280, height: 560 });
  const view = agent.getByRole('list', { name: 'Conversation' });
  await shop.locator('input[type=file]').setInputFiles(PHOTOS);
  await previewsLoaded(agent, view, 3);
  // The previews come slowly from now on: the reload shows the messages first, the images later.
  await slowBucket(agent, 1500);

  await agent.reload();
  await view.getByText('three.png').waitFor();
  await view.evaluate((list) => list.scrollTo({ top: 0 }));
  await previewsLoaded(agent, view, 3);

  expect(await view.evaluate((list) => list.scrollTop)).toBe(0);
}, 90_000);
