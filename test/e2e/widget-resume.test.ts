/**
 * A reload mid-chat brings back the same chat with its whole history, each message once; a panel
 * minimised before the reload stays minimised and counts new agent messages on the launcher; and a
 * message typed while the socket was down survives a reload and is sent once. A stored chat the
 * server no longer knows is dropped rather than loading forever.
 */
import type { Browser, Page } from 'playwright-core';
import type { Client } from '../support/clients';
import { ANNA, type TestRuntime } from '../support/runtime';
import { MILA, NOOR, openPage, type Customer } from './steps';
import { agentReceives, answerNext, askQuestion, bubbles, conversation, customerSays, launcher, panel, say, worldPerFile, openWidgetWorld } from './widget-steps';

let runtime: TestRuntime;
let browser: Browser;
let anna: Client;

worldPerFile(openWidgetWorld, (world) => ({ runtime, browser, anna } = world));

/** A customer on the demo shop with a chat Anna has answered; returns the page and the chat id. */
async function answeredChat(customer: Customer): Promise<[Page, string]> {
  const shop = await openPage(browser, runtime, '/demo/');
  await launcher(shop).click();
  await askQuestion(shop, customer);
  const chatId = await answerNext(anna);
  await shop.getByText(`You are chatting with ${ANNA.name}.`).waitFor();
  return [shop, chatId];
}

test('reloading mid-chat brings back the same chat and its whole history, each message once', async () => {
  const [shop, chatId] = await answeredChat(MILA);
  say(anna, chatId, 'We ship to Belgium in three days.');
  await bubbles(shop, 'We ship to Belgium in three days.').waitFor();
  await customerSays(shop, 'And to Luxembourg?');
  await agentReceives(anna, chatId, 'And to Luxembourg?');

  await shop.reload();
  await panel(shop).waitFor();
  await bubbles(shop, 'And to Luxembourg?').waitFor();
  for (const text of [MILA.question, 'We ship to Belgium in three days.', 'And to Luxembourg?', `${ANNA.name} joined the chat`]) {
    expect(await bubbles(shop, text).count()).toBe(1);
  }
  expect(await conversation(shop).getByRole('listitem').count()).toBe(4);

  say(anna, chatId, 'Yes, Luxembourg too.');
  await bubbles(shop, 'Yes, Luxembourg too.').waitFor();
  await customerSays(shop, 'Thank you!');
  await agentReceives(anna, chatId, 'Thank you!');
  expect(await bubbles(shop, 'Yes, Luxembourg too.').count()).toBe(1);
  expect(anna.messages(chatId).filter((m) => m.text === 'Thank you!')).toHaveLength(1);
}, 60_000);

test('a panel minimised before a reload stays minimised, and the launcher counts what the agent sends', async () => {
  const [shop, chatId] = await answeredChat(NOOR);
  await panel(shop).getByRole('button', { name: 'Minimise chat' }).click();
  await shop.reload();
  await launcher(shop).waitFor();
  expect(await panel(shop).isVisible()).toBe(false);

  say(anna, chatId, 'Delft Blue is back next week.');
  say(anna, chatId, 'Shall I reserve two skeins?');
  await shop.getByRole('button', { name: 'Chat with us, 2 unread' }).waitFor();

  await launcher(shop).click();
  await bubbles(shop, 'Shall I reserve two skeins?').waitFor();
  await panel(shop).getByRole('button', { name: 'Minimise chat' }).click();
  // Seen in the open panel: read, so the count is gone.
  await shop.getByRole('button', { name: 'Chat with us', exact: true }).waitFor();
}, 60_000);

test('a message typed while the connection is down survives a reload and is sent once', async () => {
  const customer = { name: 'Sem de Wit', email: 'sem@example.com', question: 'Do you sell knitting needles?' };
  const [shop, chatId] = await answeredChat(customer);
  // No new tickets, so the dropped socket cannot come back until the test allows it.
  await shop.context().route('**/api/tickets', (route) => route.abort());
  for (const connection of runtime.gateway.registry.all()) if (connection.userAgent?.includes('Chrome')) connection.socket.terminate();
  await customerSays(shop, 'Bamboo ones, please.');
  await bubbles(shop, 'Bamboo ones, please.').getByText('Waiting for the connection').waitFor();

  await shop.reload();
  await shop.context().unroute('**/api/tickets');
  await agentReceives(anna, chatId, 'Bamboo ones, please.');
  await bubbles(shop, 'Bamboo ones, please.').getByText('Waiting for the connection', { exact: false }).waitFor({ state: 'detached' });
  expect(await bubbles(shop, 'Bamboo ones, please.').count()).toBe(1);
  expect(anna.messages(chatId).filter((m) => m.text === 'Bamboo ones, please.')).toHaveLength(1);
}, 60_000);

test('a stored chat the server does not know is let go, and the panel offers a new one', async () => {
  const context = await browser.newContext();
  await context.addInitScript(() => localStorage.setItem('parley.chat.default', 'no-such-chat-0001'));
  const shop = await context.newPage();
  await shop.goto(`${runtime.url}/demo/`);
  await launcher(shop).click();
  await shop.getByLabel('Your question').waitFor();
  await shop.waitForFunction(() => localStorage.getItem('parley.chat.default') === null);
}, 60_000);
