/**
 * Several tabs of one shop share one chat: a chat started in one tab shows in another, messages
 * from any tab or the agent appear in all, each once, and closing a tab does not end the chat.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { Client } from '../support/clients';
import { ANNA, type TestRuntime } from '../support/runtime';
import { MILA } from './steps';
import { agentReceives, answerNext, askQuestion, bubbles, conversation, customerSays, launcher, openWidgetWorld, panel, say, worldPerFile } from './widget-steps';

let runtime: TestRuntime;
let browser: Browser;
let anna: Client;
let context: BrowserContext;

worldPerFile(openWidgetWorld, async (world) => {
  ({ runtime, browser, anna } = world);
  context = await browser.newContext();
});

async function tab(): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`${runtime.url}/demo/`);
  return page;
}

test('tabs of one shop share one chat, in sync, and closing one does not end it', async () => {
  const second = await tab();
  await launcher(second).click();
  await second.getByLabel('Name').waitFor();

  const first = await tab();
  await launcher(first).click();
  await askQuestion(first, MILA);
  // Started in the first tab; the second, open on its pre-chat form, turns to the same chat.
  await bubbles(second, MILA.question).waitFor();
  await second.getByText('Waiting for an agent…').waitFor();

  const chatId = await answerNext(anna);
  say(anna, chatId, 'Hello from Anna.');
  for (const page of [first, second]) await bubbles(page, 'Hello from Anna.').waitFor();
  await customerSays(second, 'Typed in the second tab.');
  await bubbles(first, 'Typed in the second tab.').waitFor();
  await agentReceives(anna, chatId, 'Typed in the second tab.');

  await first.close();
  say(anna, chatId, 'Still with you.');
  await bubbles(second, 'Still with you.').waitFor();
  await second.getByText(`You are chatting with ${ANNA.name}.`).waitFor();
  expect(anna.frames.some((f) => f.type === 'chat' && f.chat.chatId === chatId && f.chat.status === 'ended')).toBe(false);

  // A tab opened later finds the chat too, with its whole history, each message once.
  const third = await tab();
  await launcher(third).click();
  await bubbles(third, 'Still with you.').waitFor();
  for (const text of [MILA.question, 'Hello from Anna.', 'Typed in the second tab.', 'Still with you.']) {
    expect(await bubbles(third, text).count()).toBe(1);
    expect(await bubbles(second, text).count()).toBe(1);
  }
  expect(await conversation(third).getByRole('listitem').count()).toBe(5);
  expect(await panel(third).getByText(`You are chatting with ${ANNA.name}.`).count()).toBe(1);
}, 60_000);
