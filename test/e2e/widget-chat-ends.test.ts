/**
 * The chat ends under the customer: a message typed offline meanwhile, which the server refuses once
 * the widget is back, stays on screen marked as not sent (the text is not lost) and the end is said
 * once; a refusal from before the end (a file too big) goes with the chat; and the focus is never
 * dropped on the page — not after End chat by keyboard, nor after the post-chat form is sent, nor after Back to chat.
 */
import type { Browser, Locator, Page } from 'playwright-core';
import type { Client } from '../support/clients';
import { launchChromium } from '../support/browser';
import { ANNA, startTestRuntime, type TestRuntime } from '../support/runtime';
import { openPage, type Customer } from './steps';
import { answerNext, askQuestion, bubbles, customerSays, launcher, panel, presentAgent, say, worldPerFile } from './widget-steps';

/** Small, so a file over it is quick to make and send. */
const MAX_FILE_BYTES = 1024;

let runtime: TestRuntime;
let browser: Browser;
let anna: Client;

worldPerFile(
  async () => {
    const [started, chromium] = await Promise.all([startTestRuntime({ maxFileBytes: MAX_FILE_BYTES }), launchChromium()]);
    return { runtime: started, browser: chromium, anna: await presentAgent(started) };
  },
  (world) => ({ runtime, browser, anna } = world),
);

/** A customer on the demo shop with a chat Anna has answered and greeted; returns the page and the chat id. */
async function answeredChat(customer: Customer): Promise<[Page, string]> {
  const shop = await openPage(browser, runtime, '/demo/');
  await launcher(shop).click();
  await askQuestion(shop, customer);
  const chatId = await answerNext(anna);
  say(anna, chatId, `Hello ${customer.name}.`);
  await panel(shop).getByText(`Hello ${customer.name}.`).waitFor();
  return [shop, chatId];
}

/** Whether the element has the focus, looked for through shadow roots. */
const hasFocus = (target: Locator) =>
  target.evaluate((element) => {
    let active = document.activeElement;
    while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
    return active === element;
  });

/** Waits (a few seconds at most) until `target` has the focus; focus moves in an effect, after the render. */
async function focusLandsOn(target: Locator): Promise<void> {
  const end = Date.now() + 5000;
  while (!(await hasFocus(target)) && Date.now() < end) await new Promise((resolve) => setTimeout(resolve, 50));
  // Failing, it names what has the focus instead.
  const elsewhere = await target.page().evaluate(() => {
    let active = document.activeElement;
    while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
    return active?.outerHTML.slice(0, 120);
  });
  expect((await hasFocus(target)) || elsewhere).toBe(true);
}

test('a message typed offline as the agent ended the chat is kept on screen as not sent, and the end is said once', async () => {
  const [shop, chatId] = await answeredChat({ name: 'Fenna Kok', email: 'fenna@example.com', question: 'Can I change my delivery address?' });
  const widget = panel(shop);
  await shop.context().setOffline(true);
  await widget.getByRole('status').getByText('Reconnecting…').waitFor();
  anna.send({ action: 'chat.end', chatId });
  await anna.next('chat', (f) => f.chat.chatId === chatId && f.chat.status === 'ended');
  await customerSays(shop, 'It should go to Dorpsstraat 4 instead.');
  await bubbles(shop, 'It should go to Dorpsstraat 4 instead.').getByText('Waiting for the connection').waitFor();

  await shop.context().setOffline(false);
  // Back online the widget learns the chat ended; the server then refuses the message, which stays, marked.
  await bubbles(shop, 'It should go to Dorpsstraat 4 instead.').getByText('Not sent', { exact: true }).waitFor({ timeout: 10_000 });
  await widget.getByText('This chat has ended', { exact: true }).waitFor();
  expect(await widget.getByText('This chat has ended').count()).toBe(1);
  expect(await widget.getByRole('alert').count()).toBe(0);
  expect(anna.messages(chatId).some((m) => m.text === 'It should go to Dorpsstraat 4 instead.')).toBe(false);
}, 60_000);

test('a refused upload said before the chat ended goes once it has ended', async () => {
  const [shop, chatId] = await answeredChat({ name: 'Joris Bos', email: 'joris@example.com', question: 'May I send you the firmware log?' });
  const widget = panel(shop);
  await widget.getByLabel('Attach file').setInputFiles({ name: 'big.bin', mimeType: 'application/octet-stream', buffer: Buffer.alloc(MAX_FILE_BYTES * 2) });
  await widget.getByRole('alert').getByText(/^big\.bin is /).waitFor();

  anna.send({ action: 'chat.end', chatId });
  await widget.getByRole('group', { name: /How was this chat/ }).waitFor();
  expect(await widget.getByText('big.bin', { exact: false }).count()).toBe(0);
  expect(await widget.getByRole('alert').count()).toBe(0);
}, 60_000);

test('after End chat by keyboard the focus lands on the ended chat, and after Back to chat on the text field', async () => {
  const [shop] = await answeredChat({ name: 'Sanne Peters', email: 'sanne@example.com', question: 'Is the shop open on Sunday?' });
  const widget = panel(shop);
  await widget.getByRole('button', { name: 'End chat' }).focus();
  await shop.keyboard.press('Enter');
  await widget.getByText('You ended the chat', { exact: true }).waitFor();
  await focusLandsOn(widget.getByText('This chat has ended', { exact: true }));
  // From there the post-chat form is the next stop for Tab.
  await shop.keyboard.press('Tab');
  expect(await hasFocus(widget.getByRole('radio', { name: '1 of 5' }))).toBe(true);

  // Anna is still there: the chat goes straight back to her.
  await widget.getByRole('button', { name: 'Back to chat' }).focus();
  await shop.keyboard.press('Enter');
  await widget.getByText(`You are chatting with ${ANNA.name}.`).waitFor();
  await focusLandsOn(widget.getByRole('textbox', { name: 'Message' }));
}, 60_000);

test('after the post-chat form is sent by keyboard the focus lands on the thanks, not on the page', async () => {
  const [shop, chatId] = await answeredChat({ name: 'Joris Bos', email: 'joris@example.com', question: 'Do you gift wrap?' });
  const widget = panel(shop);
  anna.send({ action: 'chat.end', chatId });
  await widget.getByRole('radio', { name: '5 of 5' }).check();
  await widget.getByRole('button', { name: 'Send', exact: true }).focus();
  await shop.keyboard.press('Enter');
  await focusLandsOn(widget.getByText('Thank you for your feedback.'));
}, 60_000);

test('a chat found ended after a reload takes no focus from the page; Back to chat into it puts the focus on the text field', async () => {
  const [shop, chatId] = await answeredChat({ name: 'Ruben Vos', email: 'ruben@example.com', question: 'Do you deliver on Saturdays?' });
  anna.send({ action: 'chat.end', chatId });
  await panel(shop).getByText('This chat has ended', { exact: true }).waitFor();

  await shop.reload();
  const widget = panel(shop);
  await widget.getByRole('button', { name: 'Back to chat' }).waitFor();
  // Past the effects of that render: the focus stays where the page left it.
  await shop.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 100))));
  expect(await shop.evaluate(() => document.activeElement === document.body)).toBe(true);

  await widget.getByRole('button', { name: 'Back to chat' }).focus();
  await shop.keyboard.press('Enter');
  await widget.getByText(`You are chatting with ${ANNA.name}.`).waitFor();
  await focusLandsOn(widget.getByRole('textbox', { name: 'Message' }));
}, 60_000);
