/**
 * "Sending…" under one's own message, in the widget and in the console. The server sends no echo: a
 * message is confirmed by the other side's next frame or read, or, when nobody has read it yet, by
 * its resend after 5 s. So a message says "Sending…" only while it is still unconfirmed after that,
 * as one the server never got does.
 */
import type { Locator, Page } from 'playwright-core';
import { ANNA, BRAM } from '../support/runtime';
import { MILA, NOOR, setStatus, startChat } from './steps';
import { agentReceives, answerNext, askQuestion, bubbles, customerSays, launcher, openWidgetWorld, say, worldPerFile, type HostWorld } from './widget-steps';

let world: Omit<HostWorld, 'site'>;
worldPerFile(openWidgetWorld, (opened) => (world = opened));

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** While `message` is pending (its element has class `pendingClass`), up to 15 s: whether "Sending…" showed, and for how long it was pending. */
async function watchPending(page: Page, message: ReturnType<Page['locator']>, pendingClass: string): Promise<{ sendingShown: boolean; pendingMs: number }> {
  const started = Date.now();
  let sendingShown = false;
  while (((await message.getAttribute('class')) ?? '').includes(pendingClass) && Date.now() - started < 15_000) {
    if (await message.getByText('Sending…').isVisible()) sendingShown = true;
    await sleep(150);
  }
  return { sendingShown, pendingMs: Date.now() - started };
}

/** Lets the page's WebSocket frames through, except `message.send` while `dropping()` says so. */
async function dropSentMessages(page: Page, dropping: () => boolean): Promise<void> {
  await page.routeWebSocket(/\/ws/, (socket) => {
    const server = socket.connectToServer();
    socket.onMessage((frame) => {
      if (!(dropping() && typeof frame === 'string' && frame.includes('"message.send"'))) server.send(frame);
    });
  });
}

/** The demo shop in `page`, with a chat `customer` starts and Anna answers; resolves with its id. */
async function answeredChat(page: Page, customer: typeof MILA): Promise<string> {
  await page.goto(`${world.runtime.url}/demo/`);
  await launcher(page).click();
  await askQuestion(page, customer);
  const chatId = await answerNext(world.anna);
  await page.getByText(`You are chatting with ${ANNA.name}.`).waitFor();
  return chatId;
}

/** `message`, sent at `sentAt` and never confirmed, does not say "Sending…" 2 s on, and does once its resend is overdue. */
async function saysSendingOnlyOnceLate(message: Locator, sentAt: number): Promise<void> {
  await message.waitFor();
  await sleep(2_000);
  expect(await message.getByText('Sending…').isVisible()).toBe(false);
  await message.getByText('Sending…').waitFor({ timeout: 10_000 });
  expect(Date.now() - sentAt).toBeGreaterThan(5_000);
}

test('a customer\'s message the agent has not read yet is confirmed by its resend, without ever saying "Sending…"', async () => {
  const shop = await (await world.browser.newContext()).newPage();
  const chatId = await answeredChat(shop, MILA);

  await customerSays(shop, 'Are you still there?');
  const message = bubbles(shop, 'Are you still there?');
  await message.waitFor();
  await agentReceives(world.anna, chatId, 'Are you still there?');
  const pendingHeight = (await message.boundingBox())!.height;
  // The agent neither reads nor answers: the resend after 5 s is what confirms it.
  const { sendingShown, pendingMs } = await watchPending(shop, message, 'pending');
  expect(pendingMs).toBeGreaterThan(4_000);
  expect(await message.getAttribute('class')).not.toContain('pending');
  expect(sendingShown).toBe(false);
  // The hidden label took no room: confirming the message does not move the conversation.
  expect((await message.boundingBox())!.height).toBe(pendingHeight);
  await shop.context().close();
}, 60_000);

test('a customer\'s message the server never got says "Sending…" once its resend is overdue, and is sent once the line is back', async () => {
  const shop = await (await world.browser.newContext()).newPage();
  let dropping = false;
  await dropSentMessages(shop, () => dropping);
  const chatId = await answeredChat(shop, NOOR);

  dropping = true;
  const sent = Date.now();
  await customerSays(shop, 'Lost on the way');
  const message = bubbles(shop, 'Lost on the way');
  await saysSendingOnlyOnceLate(message, sent);

  dropping = false;
  await agentReceives(world.anna, chatId, 'Lost on the way');
  say(world.anna, chatId, 'Got it now');
  await bubbles(shop, 'Got it now').waitFor();
  await message.getByText('Sending…').waitFor({ state: 'detached' });
  expect(await bubbles(shop, 'Lost on the way').count()).toBe(1);
  await shop.context().close();
}, 60_000);

test('a late message still says "Sending…" the moment the customer reopens the minimised chat', async () => {
  const shop = await (await world.browser.newContext()).newPage();
  let dropping = false;
  await dropSentMessages(shop, () => dropping);
  await answeredChat(shop, { ...NOOR, name: 'Noor Minimised' });

  dropping = true;
  const sent = Date.now();
  await customerSays(shop, 'Still on its way');
  const message = bubbles(shop, 'Still on its way');
  await saysSendingOnlyOnceLate(message, sent);

  await shop.getByRole('button', { name: 'Minimise chat' }).click();
  await launcher(shop).click();
  // The wait is not started again: the message has been late all along.
  await message.getByText('Sending…').waitFor({ timeout: 1_000 });
  await shop.context().close();
}, 60_000);

/** Bram's console, Present, its `message.send` frames dropped while `dropping()` says so. */
async function consoleDroppingSends(dropping: () => boolean): Promise<Page> {
  const desk = await (await world.browser.newContext()).newPage();
  await dropSentMessages(desk, dropping);
  await desk.goto(`${world.runtime.url}/agent/`);
  await desk.getByLabel('Email').fill(BRAM.email);
  await desk.getByLabel('Password').fill(BRAM.password);
  await desk.getByRole('button', { name: 'Log in' }).click();
  await setStatus(desk, 'Present');
  return desk;
}

/** A customer starts a chat and Bram, in `desk`, takes it with Get next in queue; resolves with the customer's page. */
async function bramAnswers(desk: Page, customer: typeof MILA): Promise<Page> {
  const shop = await startChat(world.browser, world.runtime, customer);
  await desk.getByRole('button', { name: 'Get next in queue' }).click();
  await desk.getByRole('list', { name: 'Conversation' }).getByText(customer.question).waitFor();
  return shop;
}

/** Sends `text` from the open chat's composer in `desk`; resolves with its conversation item and when Enter was pressed. */
async function sendInConsole(desk: Page, text: string): Promise<{ message: Locator; sent: number }> {
  const box = desk.getByRole('textbox', { name: 'Message' });
  await box.fill(text);
  const sent = Date.now();
  await box.press('Enter');
  return { message: desk.getByRole('list', { name: 'Conversation' }).getByRole('listitem').filter({ hasText: text }), sent };
}

test('in the console, an agent\'s message the server never got says "Sending…" only once its resend is overdue', async () => {
  let dropping = false;
  const desk = await consoleDroppingSends(() => dropping);
  const shop = await bramAnswers(desk, { ...MILA, name: 'Mila Console' });

  dropping = true;
  const { message, sent } = await sendInConsole(desk, 'Lost in the console');
  await saysSendingOnlyOnceLate(message, sent);

  dropping = false;
  await bubbles(shop, 'Lost in the console').waitFor({ timeout: 15_000 });
  await message.getByText('Sending…').waitFor({ state: 'detached', timeout: 15_000 });
  await Promise.all([shop.context().close(), desk.context().close()]);
}, 60_000);

test('in the console, a pending message\'s wait for "Sending…" runs on while the agent looks at another chat', async () => {
  let dropping = false;
  const desk = await consoleDroppingSends(() => dropping);
  const tag = Date.now().toString(36);
  const first = { ...NOOR, name: `Noor First ${tag}`, question: `First question ${tag}?` };
  const second = { ...MILA, name: `Mila Second ${tag}`, question: `Second question ${tag}?` };
  const shops = [await bramAnswers(desk, first), await bramAnswers(desk, second)];
  const chatList = desk.getByRole('navigation', { name: 'Chats' });
  await chatList.getByRole('button', { name: new RegExp(first.name) }).click();
  await desk.getByRole('list', { name: 'Conversation' }).getByText(first.question).waitFor();

  dropping = true;
  const { message, sent } = await sendInConsole(desk, 'Still on its way');
  await message.waitFor();
  await sleep(1_500);
  await chatList.getByRole('button', { name: new RegExp(second.name) }).click();
  await desk.getByRole('list', { name: 'Conversation' }).getByText(second.question).waitFor();
  await sleep(2_000);
  await chatList.getByRole('button', { name: new RegExp(first.name) }).click();
  await message.waitFor();

  // Opened again ~4 s after the send, the label is still hidden, and shows ~6 s after the send, not 6 s after the switch.
  expect(await message.getByText('Sending…').isVisible()).toBe(false);
  await message.getByText('Sending…').waitFor({ timeout: Math.max(0, 8_500 - (Date.now() - sent)) });
  expect(Date.now() - sent).toBeGreaterThan(5_000);
  await Promise.all([...shops.map((shop) => shop.context().close()), desk.context().close()]);
}, 60_000);
