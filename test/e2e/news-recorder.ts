/**
 * A console's news as the agent would notice it, recorded instead of played: an init script that
 * replaces sound with a tone counter and notifications (allowed) with a list, and a reader for both.
 */
import type { Browser, Page } from 'playwright-core';
import type { DemoLogin } from '../../infra/local/demo-logins';
import type { TestRuntime } from '../support/runtime';
import { logInOn } from './steps';

export interface Recorded { tones: number; notifications: { title: string; body?: string }[] }

/** Runs before the console's scripts: sound that counts its tones, and notifications (allowed) that are recorded. */
export function recordNews() {
  const page = window as unknown as { news: Recorded };
  page.news = { tones: 0, notifications: [] };
  class CountingAudioContext {
    state = 'running';
    currentTime = 0;
    destination = {};
    resume = () => Promise.resolve();
    close = () => Promise.resolve();
    createGain = () => ({ gain: { setValueAtTime() {}, exponentialRampToValueAtTime() {} }, connect: (next: unknown) => next });
    createOscillator = () => ({ frequency: {}, connect: (next: unknown) => next, start: () => page.news.tones++, stop() {} });
  }
  class RecordedNotification {
    static permission = 'granted';
    static requestPermission = () => Promise.resolve('granted');
    onclick: unknown = null;
    constructor(title: string, options?: { body?: string }) {
      page.news.notifications.push({ title, body: options?.body });
    }
    close() {}
  }
  Object.defineProperty(window, 'AudioContext', { value: CountingAudioContext });
  Object.defineProperty(window, 'Notification', { value: RecordedNotification });
}

/** What the page has recorded so far. */
export const news = (page: Page) => page.evaluate(() => (window as unknown as { news: Recorded }).news);

/** `login`'s console, Present, with its sound and notifications recorded. */
export async function consoleRecordingNews(browser: Browser, runtime: TestRuntime, login: DemoLogin): Promise<Page> {
  const context = await browser.newContext();
  await context.addInitScript(recordNews);
  return logInOn(await context.newPage(), login, 'Present', runtime);
}
