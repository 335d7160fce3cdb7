/** Watches a browser page for any sign that a payload of `xss-payloads` fired: dialogs, trapped calls, injected elements. */
import type { Browser, Page } from 'playwright-core';
import { injectedElements, installXssTrap } from './xss-payloads';

export interface XssFindings { dialogs: string[]; ran: string[]; elements: string[] }

/** What a page reports when no payload fired. */
export const QUIET: XssFindings = { dialogs: [], ran: [], elements: [] };

/** Installs the trap before the page's first script; call before `goto`. Resolves to a reader of what was seen so far. */
export async function watchForXss(page: Page): Promise<() => Promise<XssFindings>> {
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss();
  });
  await page.addInitScript(installXssTrap);
  return async () => ({
    dialogs,
    ran: await page.evaluate(() => (window as unknown as { __pwnedBy?: string[] }).__pwnedBy ?? []),
    elements: await page.evaluate(injectedElements),
  });
}

/** A page in its own browser context, watched from its first script on. */
export async function openWatched(browser: Browser, url: string) {
  const page = await (await browser.newContext()).newPage();
  const findings = await watchForXss(page);
  await page.goto(url);
  return { page, findings };
}
