/**
 * The console and widget are served with a Content-Security-Policy and the usual hardening headers,
 * work under it without a single violation, and a whole chat leaves no session token in any URL and
 * no token or ticket in the runtime's logs.
 */
import type { Browser, BrowserContext } from 'playwright-core';
import { ANNA, type TestRuntime } from '../support/runtime';
import { startRuntimeAndBrowser } from '../support/e2e-world';
import { MILA, setStatus } from './steps';
import { askQuestion } from './widget-steps';

let runtime: TestRuntime;
let browser: Browser;
const logs: string[] = [];

startRuntimeAndBrowser((started) => ({ runtime, browser } = started), { log: (line) => logs.push(line) });

test.each(['/agent/', '/demo/'])('the page %s is served with a strict Content-Security-Policy and hardening headers', async (path) => {
  const res = await fetch(runtime.url + path);
  const csp = res.headers.get('content-security-policy') ?? '';
  expect(csp.split('; ')).toEqual(expect.arrayContaining(["script-src 'self'", "object-src 'none'", "frame-ancestors 'none'", "base-uri 'self'"]));
  expect(csp).not.toContain("'unsafe-eval'");
  expect(csp).not.toMatch(/script-src[^;]*'unsafe-inline'/);
  expect(Object.fromEntries(['x-content-type-options', 'x-frame-options', 'referrer-policy'].map((h) => [h, res.headers.get(h)])))
    .toEqual({ 'x-content-type-options': 'nosniff', 'x-frame-options': 'DENY', 'referrer-policy': 'strict-origin-when-cross-origin' });
});

test.each(['/widget.js', '/agent/console.js', '/config.json'])('%s is served with nosniff', async (path) => {
  const res = await fetch(runtime.url + path);
  expect([res.status, res.headers.get('x-content-type-options')]).toEqual([200, 'nosniff']);
});

/** A context that records CSP violations, every URL it requests and every token the APIs hand it. */
async function watchedContext() {
  const context = await browser.newContext();
  const seen = { urls: [] as string[], tokens: [] as string[] };
  await context.addInitScript(() => {
    const w = window as unknown as { __violations: string[] };
    w.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) => w.__violations.push(`${e.violatedDirective} ${e.blockedURI}`), true);
  });
  context.on('request', (request) => seen.urls.push(request.url()));
  context.on('response', async (response) => {
    if (!/\/api\/(login|visitors|tickets)$/.test(new URL(response.url()).pathname)) return;
    const body = (await response.json().catch(() => ({}))) as { token?: string; ticket?: string };
    seen.tokens.push(...[body.token, body.ticket].filter((t): t is string => !!t));
  });
  return { context, seen };
}

const violations = (context: BrowserContext) => Promise.all(context.pages().map((p) => p.evaluate(() => (window as unknown as { __violations: string[] }).__violations)));

test('a whole chat in the console and the widget raises no CSP violation, puts no session token in a URL, and logs no token or ticket', async () => {
  const agent = await watchedContext();
  const customer = await watchedContext();
  const console_ = await agent.context.newPage();
  const wsUrls: string[] = [];
  console_.on('websocket', (ws) => wsUrls.push(ws.url()));
  await console_.goto(runtime.url + '/agent/');
  await console_.getByLabel('Email').fill(ANNA.email);
  await console_.getByLabel('Password').fill(ANNA.password);
  await console_.getByRole('button', { name: 'Log in' }).click();
  await setStatus(console_, 'Present');

  const shop = await customer.context.newPage();
  shop.on('websocket', (ws) => wsUrls.push(ws.url()));
  await shop.goto(runtime.url + '/demo/');
  await shop.getByRole('button', { name: 'Chat with us' }).click();
  await askQuestion(shop, MILA);
  await console_.getByLabel('In queue').filter({ hasText: /^1$/ }).waitFor();
  await console_.getByRole('button', { name: 'Get next in queue' }).click();
  await console_.getByRole('list', { name: 'Conversation' }).getByText(MILA.question).waitFor();
  await console_.getByRole('textbox', { name: 'Message' }).fill('Yes, we ship to Belgium.');
  await console_.getByRole('button', { name: 'Send' }).click();
  await shop.getByText('Yes, we ship to Belgium.').waitFor();
  await runtime.idle();

  const tokens = [...agent.seen.tokens, ...customer.seen.tokens];
  const sessionTokens = tokens.filter((t) => t.includes('.'));
  expect(sessionTokens.length).toBeGreaterThanOrEqual(2);
  expect(tokens.length).toBeGreaterThan(sessionTokens.length);
  expect([...(await violations(agent.context)), ...(await violations(customer.context))].flat()).toEqual([]);
  const urls = [...agent.seen.urls, ...customer.seen.urls, ...wsUrls];
  expect(urls.filter((url) => sessionTokens.some((t) => url.includes(t)) || /eyJ[\w-]+\.[\w-]+/.test(url))).toEqual([]);
  expect(logs.filter((line) => tokens.some((t) => line.includes(t)) || /eyJ[\w-]+\.[\w-]+/.test(line))).toEqual([]);
  await agent.context.close();
  await customer.context.close();
}, 90_000);
