/**
 * The widget under a strict Content-Security-Policy: scripts and connections only from Parley's
 * origin, no inline styles or scripts, no eval, Trusted Types enforced. The policy is the one
 * docs/widget.md gives sites. Nothing is refused, the launcher and panel are styled, and the chat works.
 */
import type { Browser, Page } from 'playwright-core';
import type { Client } from '../support/clients';
import type { HostSite } from '../support/host-page';
import type { TestRuntime } from '../support/runtime';
import { MILA } from './steps';
import { agentReceives, answerNext, askQuestion, bubbles, customerSays, launcher, panel, say, worldPerFile, openHostWorld } from './widget-steps';

let runtime: TestRuntime;
let browser: Browser;
let site: HostSite;
let anna: Client;

worldPerFile(openHostWorld, (world) => ({ runtime, browser, site, anna } = world));

function strictPolicy(): string {
  const parley = runtime.url;
  const socket = new URL(runtime.wsUrl).origin;
  return [
    "default-src 'none'",
    `script-src ${parley}`,
    `connect-src ${parley} ${socket}`,
    "style-src 'none'",
    "require-trusted-types-for 'script'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

/** Everything the browser refused or threw on the page, as text. */
function complaints(page: Page): string[] {
  const seen: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') seen.push(message.text());
  });
  page.on('pageerror', (error) => seen.push(error.message));
  return seen;
}

test('under a strict policy nothing is refused, the widget is styled, and the chat works both ways', async () => {
  const context = await browser.newContext();
  const shop = await context.newPage();
  const refused = complaints(shop);
  await shop.goto(site.serve({ headers: { 'content-security-policy': strictPolicy() } }));

  expect(await launcher(shop).evaluate((e) => getComputedStyle(e).backgroundColor)).toBe('rgb(35, 87, 198)');
  await launcher(shop).click();
  await askQuestion(shop, MILA);
  expect(await panel(shop).evaluate((e) => getComputedStyle(e).fontSize)).toBe('15px');

  const chatId = await answerNext(anna);
  say(anna, chatId, 'Yes, we ship to Belgium.');
  await bubbles(shop, 'Yes, we ship to Belgium.').waitFor();
  await customerSays(shop, 'Lovely.');
  await agentReceives(anna, chatId, 'Lovely.');
  await bubbles(shop, 'Lovely.').waitFor();
  expect(refused).toEqual([]);
});

test("a nonce-based policy with 'strict-dynamic' works too: the snippet carries the nonce, the panel inherits the trust", async () => {
  const context = await browser.newContext();
  const shop = await context.newPage();
  const refused = complaints(shop);
  const policy = strictPolicy().replace(`script-src ${runtime.url}`, "script-src 'nonce-r4nd0m' 'strict-dynamic'");
  await shop.goto(site.serve({ snippet: { nonce: 'r4nd0m' }, headers: { 'content-security-policy': policy } }));
  await launcher(shop).click();
  await shop.getByLabel('Your question').waitFor();
  expect(refused).toEqual([]);
});

test('the policy is really enforced: an inline script on the same page is refused', async () => {
  const context = await browser.newContext();
  const shop = await context.newPage();
  const refused = complaints(shop);
  await shop.goto(site.serve({ head: '<script>window.inlineRan = true</script>', headers: { 'content-security-policy': strictPolicy() } }));
  await launcher(shop).waitFor();
  expect(await shop.evaluate(() => 'inlineRan' in window)).toBe(false);
  expect(refused.join('\n')).toMatch(/Content Security Policy/);
});
