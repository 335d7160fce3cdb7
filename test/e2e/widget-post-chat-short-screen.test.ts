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
  // The wheel may scroll smoothly: measured once the end is reached.
  await shop.locator('.ended').evaluate((box) => new Promise((reached) => {
    const check = () => (box.scrollTop + box.clientHeight >= box.scrollHeight - 1 ? reached(null) : requestAnimationFrame(check));
    check();
  }));
  const start = shop.getByRole('button', { name: 'Start a new chat' });
  const box = (await start.boundingBox())!;
  expect(box.y + box.height).toBeLessThanOrEqual(frame!.y + frame!.height + 1);
}, 60_000);

test("on a phone with its keyboard open the form has no scroll box of its own: scrolled to the end, Send shows above Back to chat", async () => {
  const lies: Customer = { name: 'Lies Smit', email: 'lies@example.com', question: 'Do you deliver on Saturday?' };
  const { shop } = await endedChat(lies, 'Yes, in the morning.');
  await shop.setViewportSize({ width: 360, height: 330 });
  await shop.getByRole('checkbox', { name: 'Send me the transcript' }).check();
  const ended = shop.locator('.ended');
  await ended.evaluate((box) => { box.scrollTop = box.scrollHeight; });
  const [area, send, back] = await Promise.all([ended.boundingBox(), shop.getByRole('button', { name: 'Send', exact: true }).boundingBox(), shop.getByRole('button', { name: 'Back to chat' }).boundingBox()]);
  expect(send!.y).toBeGreaterThanOrEqual(area!.y);
  expect(send!.y + send!.height).toBeLessThanOrEqual(back!.y);
}, 60_000);
