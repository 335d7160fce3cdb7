/**
 * The post-chat form on a short screen (a phone held sideways, a zoomed page): it scrolls inside the
 * panel, so Send, Back to chat and Start a new chat can all be reached. A runtime of its own: Get
 * next in queue must find this customer's chat, not one an earlier test left waiting.
 */
import type { Browser } from 'playwright-core';
import type { TestRuntime } from '../support/runtime';
import { endedChat as endedChatWithAnna, type Customer } from './steps';
import { startRuntimeAndBrowser } from '../support/e2e-world';

let runtime: TestRuntime;
let browser: Browser;

startRuntimeAndBrowser((started) => ({ runtime, browser } = started));

const endedChat = (customer: Customer, reply: string) => endedChatWithAnna(browser, runtime, customer, reply);

test('on a short screen the post-chat form scrolls inside the panel, and every button can be reached', async () => {
  const ruben: Customer = { name: 'Ruben Kok', email: 'ruben@example.com', question: 'Can I change my order?' };
  const { shop } = await endedChat(ruben, 'Yes, until it ships.');
  await shop.setViewportSize({ width: 1000, height: 480 });
  await shop.getByRole('checkbox', { name: 'Send me the transcript' }).check();

  // The form's box ends inside the panel's: what does not fit scrolls, rather than being cut off unseen.
  const [ended, frame] = await Promise.all([shop.locator('.ended').boundingBox(), shop.getByRole('region', { name: 'Chat with us' }).boundingBox()]);
  expect(ended!.y + ended!.height).toBeLessThanOrEqual(frame!.y + frame!.height + 1);
  await shop.locator('.ended').hover();
  await shop.mouse.wheel(0, 1000);
  const start = shop.getByRole('button', { name: 'Start a new chat' });
  const box = (await start.boundingBox())!;
  expect(box.y + box.height).toBeLessThanOrEqual(frame!.y + frame!.height + 1);
}, 60_000);
