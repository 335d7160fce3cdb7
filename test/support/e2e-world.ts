/** What nearly every browser test file shares: one runtime and one Chromium, started before its tests and stopped after them. */
import type { Browser } from 'playwright-core';
import { launchChromium } from './browser';
import type { RuntimeOptions } from '../../infra/local/runtime';
import { startTestRuntime, type TestRuntime } from './runtime';

export interface RuntimeAndBrowser { runtime: TestRuntime; browser: Browser }

/**
 * Registers the file's beforeAll and afterAll: both start together (the runtime with `options`, if
 * given), `started` receives them and is awaited, so it may go on setting up; both are stopped at
 * the end even if one failed to start. A retried test (test/e2e/retry-once.ts) gets a runtime of its
 * own, which `started` receives too, and the tests after it keep it: its first attempt left chats
 * waiting, offers open and chat ids taken.
 */
export function startRuntimeAndBrowser(started: (world: RuntimeAndBrowser) => unknown, options?: Partial<RuntimeOptions>): void {
  let runtime: TestRuntime | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    const [runtimeStart, browserStart] = await Promise.allSettled([startTestRuntime(options), launchChromium()]);
    if (runtimeStart.status === 'fulfilled') runtime = runtimeStart.value;
    if (browserStart.status === 'fulfilled') browser = browserStart.value;
    if (runtimeStart.status === 'rejected') throw runtimeStart.reason;
    if (browserStart.status === 'rejected') throw browserStart.reason;
    await started({ runtime: runtime!, browser: browser! });
  }, 60_000);
  const attempted = new Set<string>();
  beforeEach(async () => {
    // Jest runs a retry through the same hooks under the same name: a name seen before is a retry.
    const name = expect.getState().currentTestName ?? '';
    if (!attempted.has(name)) return void attempted.add(name);
    await Promise.all(browser!.contexts().map((context) => context.close()));
    await runtime?.stop();
    runtime = await startTestRuntime(options);
    await started({ runtime, browser: browser! });
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    await runtime?.stop();
  });
}

/**
 * For a file whose tests would meet what an earlier test (or attempt) left: chats in the queue, in an
 * agent's list, offers waiting. One Chromium for the file, a runtime of its own for each test (and so
 * for each retry), with the pages the test opened closed before it stops.
 * `started` receives them before each test.
 */
export function freshRuntimePerTest(started: (world: RuntimeAndBrowser) => unknown, options?: Partial<RuntimeOptions>): void {
  let runtime: TestRuntime | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launchChromium();
  }, 60_000);
  beforeEach(async () => {
    runtime = await startTestRuntime(options);
    await started({ runtime, browser: browser! });
  }, 60_000);
  afterEach(async () => {
    await Promise.all(browser?.contexts().map((context) => context.close()) ?? []);
    await runtime?.stop();
    runtime = undefined;
  });
  afterAll(async () => {
    await browser?.close();
  });
}
