/**
 * A console opened without any click (a reload, a restored session) may not play sound: it says
 * so plainly, and one click on that message allows it. Headless Chromium never blocks audio,
 * so the page gets an AudioContext that behaves as a blocking browser's does.
 */
import type { Browser } from 'playwright-core';
import { loginAgent } from '../support/clients';
import { ANNA, type TestRuntime } from '../support/runtime';
import { startRuntimeAndBrowser } from '../support/e2e-world';

let runtime: TestRuntime;
let browser: Browser;

startRuntimeAndBrowser((started) => ({ runtime, browser } = started));

/** Suspended until resumed during a user gesture, as Chrome's autoplay policy has it. */
function blockingAudio() {
  class BlockingAudioContext {
    state = 'suspended';
    onstatechange: (() => void) | null = null;
    resume() {
      if (navigator.userActivation.isActive && this.state !== 'running') {
        this.state = 'running';
        this.onstatechange?.();
      }
      return Promise.resolve();
    }
    close() {
      return Promise.resolve();
    }
  }
  Object.defineProperty(window, 'AudioContext', { value: BlockingAudioContext });
}

test('the console says sound is blocked, and a click on that message allows it', async () => {
  const { token } = await loginAgent(runtime.url, ANNA.email, ANNA.password);
  const context = await browser.newContext();
  await context.addInitScript(blockingAudio);
  await context.addInitScript((stored) => localStorage.setItem('parley.agent.token', stored), token);
  const page = await context.newPage();
  await page.goto(`${runtime.url}/agent/`);

  const banner = page.getByRole('button', { name: 'Sound is blocked by the browser — click here to allow sound' });
  await banner.click();
  await banner.waitFor({ state: 'detached' });
}, 60_000);
