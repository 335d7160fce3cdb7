/**
 * A shop's own site for widget tests: a small HTTP server on 127.0.0.1 serving whatever page, with
 * whatever headers, a test asks for. Parley answers on localhost, so the shop is another origin, as
 * a real shop is. It is a real server rather than a routed response because Chromium counts a routed
 * page as public, and a public page may not call loopback addresses.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import type { TestRuntime } from './runtime';

export interface HostPage {
  /** Extra markup for <head>, e.g. hostile styles or a script queueing Parley calls. */
  head?: string;
  /** Markup for <body> before the snippet. */
  body?: string;
  /** Attributes of the snippet's <script> beside src and async, e.g. { 'data-lang': 'nl' }. */
  snippet?: Record<string, string>;
  /** Response headers, e.g. a Content-Security-Policy. */
  headers?: Record<string, string>;
}

export interface HostSite {
  origin: string;
  /** Serves `page` at `path` from now on; returns its URL. */
  serve(page: HostPage, path?: string): string;
  /** A new browser context (its own storage, so its own visitor) with one tab open on `page`. */
  open(browser: Browser, page?: HostPage, options?: BrowserContextOptions): Promise<Page>;
  close(): Promise<void>;
}

export function hostHtml(runtime: TestRuntime, page: HostPage): string {
  const attributes = Object.entries({ 'data-channel': 'default', ...page.snippet })
    .map(([name, value]) => ` ${name}="${value}"`)
    .join('');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Shop</title>${page.head ?? ''}</head>
<body>${page.body ?? '<main><h1>Shop</h1><p>Hand-dyed yarn.</p></main>'}<script async src="${runtime.url}/widget.js"${attributes}></script></body></html>`;
}

export async function startHostSite(runtime: TestRuntime): Promise<HostSite> {
  const pages = new Map<string, HostPage>();
  const server = createServer((req, res) => {
    const page = pages.get(new URL(req.url ?? '/', 'http://shop').pathname);
    if (!page) return void res.writeHead(404).end();
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store', ...page.headers }).end(hostHtml(runtime, page));
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  let count = 0;
  const site: HostSite = {
    origin,
    serve(page, path = `/shop-${++count}.html`) {
      pages.set(path, page);
      return origin + path;
    },
    async open(browser, page = {}, options = {}) {
      const context = await browser.newContext(options);
      const tab = await context.newPage();
      await tab.goto(site.serve(page));
      return tab;
    },
    async close() {
      server.closeAllConnections();
      await new Promise<void>((done) => server.close(() => done()));
    },
  };
  return site;
}
