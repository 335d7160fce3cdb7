/**
 * API Gateway closes a socket idle for 10 minutes and every socket after 2 hours (code 1001). The
 * local runtime shortens both to about a second, and the widget must carry the chat across many such
 * closes unnoticed: no "Reconnecting…" ever shown, and messages still arrive both ways, each once.
 */
import type { Browser, Page } from 'playwright-core';
import { randomUUID } from 'node:crypto';
import { launchChromium } from '../support/browser';
import { Client, connectAgent, newVisitor, ticketFor } from '../support/clients';
import { ANNA, startTestRuntime, type TestRuntime } from '../support/runtime';
import { MILA } from './steps';
import { bubbles, customerSays } from './widget-steps';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
}, 60_000);
afterAll(() => browser?.close());

/** Each agent action on its own short connection: the shortened timeouts would close a long-lived one. */
async function asAgent<T>(runtime: TestRuntime, act: (agent: Client) => Promise<T>): Promise<T> {
  const agent = await connectAgent(runtime.url, runtime.wsUrl, ANNA.email, ANNA.password);
  try {
    return await act(agent);
  } finally {
    await agent.close();
  }
}

/** A chat Anna has answered, started by a visitor whose identity the page then takes over. */
async function answeredChat(runtime: TestRuntime) {
  const visitor = await newVisitor(runtime.url);
  const customer = await Client.connect(runtime.wsUrl, await ticketFor(runtime.url, visitor.token));
  const chatId = randomUUID();
  customer.send({ action: 'chat.start', chatId, channel: 'default', ...MILA });
  await customer.next('chat');
  await customer.close();
  await asAgent(runtime, async (agent) => {
    agent.send({ action: 'queue.claim', chatId });
    await agent.next('chat', (f) => f.chat.chatId === chatId && f.chat.status === 'active');
  });
  return { visitor, chatId };
}

/** Runs before the page's scripts: counts WebSockets opened and notes whether a banner ever showed in the widget. */
function watchWidget() {
  const page = window as unknown as { sockets: number; bannerShown: boolean };
  page.sockets = 0;
  page.bannerShown = false;
  const Native = window.WebSocket;
  window.WebSocket = class extends Native {
    constructor(...args: ConstructorParameters<typeof WebSocket>) {
      super(...args);
      page.sockets++;
    }
  };
  const attach = Element.prototype.attachShadow;
  Element.prototype.attachShadow = function (init) {
    const root = attach.call(this, init);
    new MutationObserver(() => {
      if (root.querySelector('.banner')) page.bannerShown = true;
    }).observe(root, { childList: true, subtree: true });
    return root;
  };
}

async function openResumedChat(runtime: TestRuntime, visitor: object, chatId: string): Promise<Page> {
  const context = await browser.newContext();
  await context.addInitScript(watchWidget);
  await context.addInitScript(
    ({ visitor, chatId }) => {
      localStorage.setItem('parley.visitor.default', visitor);
      localStorage.setItem('parley.chat.default', chatId);
      sessionStorage.setItem('parley.open.default', '1');
    },
    { visitor: JSON.stringify(visitor), chatId },
  );
  const page = await context.newPage();
  await page.goto(`${runtime.url}/demo/`);
  await bubbles(page, MILA.question).waitFor();
  return page;
}

describe.each([
  ['idle connections', { idleTimeoutMs: 1000 }],
  ['connections past their maximum age', { maxConnectionMs: 1500, idleTimeoutMs: 60_000 }],
])('when API Gateway closes %s', (_name, timeouts) => {
  let runtime: TestRuntime;
  beforeAll(async () => {
    runtime = await startTestRuntime(timeouts);
  }, 60_000);
  afterAll(() => runtime?.stop());

  test('the widget reconnects unseen and messages still arrive both ways, each once', async () => {
    const { visitor, chatId } = await answeredChat(runtime);
    const page = await openResumedChat(runtime, visitor, chatId);
    // Four sockets: three planned closes survived.
    await page.waitForFunction(() => (window as unknown as { sockets: number }).sockets >= 4, null, { timeout: 15_000 });

    await asAgent(runtime, async (agent) => {
      // Closing before it is confirmed could end the connection while its frame is still being handled.
      await agent.sendStored({ action: 'message.send', chatId, clientMessageId: randomUUID(), text: 'Still there after all those closes?' });
    });
    await bubbles(page, 'Still there after all those closes?').waitFor();
    await customerSays(page, 'Yes, still here.');
    await bubbles(page, 'Yes, still here.').waitFor();
    await page.getByText('Sending…').waitFor({ state: 'detached' });

    const stored = await asAgent(runtime, async (agent) => agent.messages(chatId));
    expect(stored.filter((m) => m.text === 'Yes, still here.')).toHaveLength(1);
    expect(await bubbles(page, 'Still there after all those closes?').count()).toBe(1);
    expect(await page.evaluate(() => (window as unknown as { bannerShown: boolean }).bannerShown)).toBe(false);
    await page.context().close();
  }, 60_000);
});
