/**
 * Network trouble between the widget and Parley. The server drops every socket while both sides
 * type: both reconnect by themselves and every message appears exactly once on both screens. The
 * customer goes offline: the widget says so, shows what they type as waiting, and sends each once
 * when the network returns.
 */
import type { Browser, Page } from 'playwright-core';
import { ANNA, type TestRuntime } from '../support/runtime';
import { startRuntimeAndBrowser } from '../support/e2e-world';
import { MILA, NOOR, openConsole, openPage, startChat, type Customer } from './steps';
import { bubbles, customerSays } from './widget-steps';

let runtime: TestRuntime;
let browser: Browser;
let anna: Page;

startRuntimeAndBrowser(async (started) => {
  ({ runtime, browser } = started);
  anna = await openConsole(browser, runtime, ANNA, 'Present');
});

const consoleConversation = () => anna.getByRole('list', { name: 'Conversation' });

async function answeredChat(customer: Customer): Promise<Page> {
  const shop = await startChat(browser, runtime, customer);
  await anna.getByRole('button', { name: 'Get next in queue' }).click();
  await consoleConversation().getByText(customer.question).waitFor();
  await shop.getByText(`You are chatting with ${ANNA.name}.`).waitFor();
  return shop;
}

async function agentSays(text: string): Promise<void> {
  const box = anna.getByRole('textbox', { name: 'Message' });
  await box.fill(text);
  await box.press('Enter');
}

const dropEverySocket = () => runtime.gateway.registry.all().forEach((connection) => connection.socket.terminate());

test('after the server drops every socket, messages sent both ways meanwhile appear once on both sides', async () => {
  const shop = await answeredChat(MILA);
  dropEverySocket();
  await customerSays(shop, 'Sent as the line dropped');
  await agentSays('Answered as the line dropped');
  await customerSays(shop, 'Sent while reconnecting');
  await agentSays('Answered while reconnecting');

  for (const text of ['Answered as the line dropped', 'Answered while reconnecting']) await bubbles(shop, text).waitFor();
  for (const text of ['Sent as the line dropped', 'Sent while reconnecting']) await consoleConversation().getByText(text, { exact: true }).waitFor();
  // Both messages may still be pending at once: wait until neither is (a strict locator refuses two).
  await shop.getByText('Sending…').first().waitFor({ state: 'detached' });
  for (const text of ['Sent as the line dropped', 'Sent while reconnecting', 'Answered as the line dropped', 'Answered while reconnecting']) {
    expect(await bubbles(shop, text).count()).toBe(1);
    expect(await consoleConversation().getByText(text, { exact: true }).count()).toBe(1);
  }
}, 60_000);

test('offline, the widget says so and holds what is typed; back online each message is sent once', async () => {
  const shop = await answeredChat(NOOR);
  await shop.context().setOffline(true);
  dropEverySocket();
  await customerSays(shop, 'Typed offline, first');
  await customerSays(shop, 'Typed offline, second');
  await bubbles(shop, 'Typed offline, second').getByText('Waiting for the connection').waitFor();
  await shop.getByRole('status').getByText('Reconnecting…').waitFor();
  await agentSays('Answered while the customer was offline');
  await consoleConversation().getByText('Answered while the customer was offline').waitFor();

  await shop.context().setOffline(false);
  await bubbles(shop, 'Answered while the customer was offline').waitFor();
  for (const text of ['Typed offline, first', 'Typed offline, second']) await consoleConversation().getByText(text, { exact: true }).waitFor();
  await shop.getByText('Waiting for the connection', { exact: false }).first().waitFor({ state: 'detached' });
  await shop.getByText('Reconnecting…').waitFor({ state: 'detached' });
  for (const text of ['Typed offline, first', 'Typed offline, second']) {
    expect(await bubbles(shop, text).count()).toBe(1);
    expect(await consoleConversation().getByText(text, { exact: true }).count()).toBe(1);
  }
  expect(await bubbles(shop, 'Answered while the customer was offline').count()).toBe(1);
}, 60_000);

test('a chat started offline survives a reload: the panel opens again and the start goes out once, back online', async () => {
  const shop = await openPage(browser, runtime, '/demo/');
  await shop.getByRole('button', { name: 'Chat with us' }).click();
  await shop.getByLabel('Name').fill(MILA.name);
  await shop.getByLabel('Email').fill(MILA.email);
  await shop.getByLabel('Your question').fill('Started while my train was in a tunnel');
  await shop.context().setOffline(true);
  await shop.getByRole('button', { name: 'Start chat' }).click();
  await bubbles(shop, 'Started while my train was in a tunnel').getByText('Waiting for the connection').waitFor();

  await shop.context().setOffline(false);
  await shop.reload();

  await bubbles(shop, 'Started while my train was in a tunnel').waitFor();
  await anna.getByRole('tab', { name: /^Dashboard/ }).click();
  await anna.getByRole('table', { name: 'Incoming chats' }).getByRole('row').filter({ hasText: MILA.name }).waitFor();
  expect(await anna.getByRole('table', { name: 'Incoming chats' }).getByRole('row').filter({ hasText: MILA.name }).count()).toBe(1);
  await shop.getByText('Waiting for an agent…').waitFor();
  await anna.getByRole('tab', { name: /^Chats/ }).click();
}, 60_000);
