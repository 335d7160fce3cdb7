/** What nearly every browser test file shares: one runtime and one Chromium, started before its tests and stopped after them. */
import type { Browser } from 'playwright-core';
import { launchChromium } from './browser';
import { startTestRuntime, type TestRuntime } from './runtime';

export interface RuntimeAndBrowser { runtime: TestRuntime; browser: Browser }

/**
 * Registers the file's beforeAll and afterAll: both start together, `started` receives them, and
 * both are stopped at the end even if one failed to start.
 */
export function startRuntimeAndBrowser(started: (world: RuntimeAndBrowser) => void): void {
  let runtime: TestRuntime | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    const [runtimeStart, browserStart] = await Promise.allSettled([startTestRuntime(), launchChromium()]);
    if (runtimeStart.status === 'fulfilled') runtime = runtimeStart.value;
    if (browserStart.status === 'fulfilled') browser = browserStart.value;
    if (runtimeStart.status === 'rejected') throw runtimeStart.reason;
    if (browserStart.status === 'rejected') throw browserStart.reason;
    started({ runtime: runtime!, browser: browser! });
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    await runtime?.stop();
  });
}
