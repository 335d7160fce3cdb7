/** A channel may leave the customer's name optional: the console then calls them "Customer", never a blank. */
import { randomUUID } from 'node:crypto';
import type { Browser } from 'playwright-core';
import { defaultChannelSettings } from '../../functions/protocol/channel-defaults';
import { ANNA, type TestRuntime } from '../support/runtime';
import { ADMIN } from '../support/admin';
import { api, Client, connectCustomer, loginAgent } from '../support/clients';
import { startRuntimeAndBrowser } from '../support/e2e-world';
import { openConsole } from './steps';

let runtime: TestRuntime;
let browser: Browser;
const clients: Client[] = [];

startRuntimeAndBrowser(async (started) => {
  ({ runtime, browser } = started);
  const { token } = await loginAgent(runtime.url, ADMIN.email, ADMIN.password);
  const settings = { ...defaultChannelSettings(), id: 'quick', name: 'Quick questions', preChatForm: { requiredFields: ['question'], faqSuggestions: false } };
  const saved = await api(runtime.url, '/api/channels', { token, body: { settings, version: 0 } });
  if (saved.status !== 200) throw new Error(`channel not saved: ${JSON.stringify(saved.body)}`);
});
// Each attempt's chat has an id of its own and is ended after it, so that a retried test meets no chat of its first attempt.
const started: { customer: Client; chatId: string }[] = [];
afterEach(async () => {
  // The Dutch test's choice follows Anna to her next console: a retried test finds her in English again.
  const anna = await loginAgent(runtime.url, ANNA.email, ANNA.password);
  await api(runtime.url, '/api/me/language', { token: anna.token, body: { language: 'en' } });
  await Promise.all(started.splice(0).map(async ({ customer, chatId }) => {
    customer.send({ action: 'chat.end', chatId });
    await customer.next('chat', (f) => f.chat.chatId === chatId && f.chat.status === 'ended').catch(() => undefined);
  }));
  await Promise.all(clients.splice(0).map((client) => client.close()));
});

async function startUnnamedChat(question: string) {
  const customer = await connectCustomer(runtime.url, runtime.wsUrl);
  clients.push(customer);
  const chatId = `unnamed-${randomUUID().slice(0, 8)}`;
  started.push({ customer, chatId });
  customer.send({ action: 'chat.start', chatId, channel: 'quick', name: '', email: '', question });
  await customer.next('chat');
  return { customer, chatId };
}

test('a customer who gave no name shows as "Customer" in Incoming chats, the chat list, the header, the messages and typing', async () => {
  const anna = await openConsole(browser, runtime, ANNA, 'Present');
  const { customer, chatId } = await startUnnamedChat('Are you open on Sunday?');

  await anna.getByRole('tab', { name: /^Dashboard/ }).click();

  await anna.getByRole('table', { name: 'Incoming chats' }).getByRole('row').filter({ hasText: 'Are you open on Sunday?' }).getByRole('cell', { name: 'Customer', exact: true }).waitFor();

  await anna.getByRole('tab', { name: /^Chats/ }).click();
  await anna.getByRole('button', { name: 'Get next in queue' }).click();
  const chat = anna.getByRole('region', { name: 'Chat with Customer' });
  await chat.getByRole('heading', { name: 'Customer', exact: true }).waitFor();
  const question = chat.getByRole('listitem').filter({ hasText: 'Are you open on Sunday?' });
  expect(await question.locator('.message-meta').textContent()).toMatch(/^Customer · \d/);
  const myChats = anna.getByRole('navigation', { name: 'Chats' }).getByRole('region', { name: 'My chats' });
  expect(await myChats.getByRole('button').first().textContent()).toContain('Customer: Are you open on Sunday?');

  customer.send({ action: 'typing', chatId });
  await chat.getByText('Customer is typing…').waitFor();
}, 60_000);

test('in Dutch, a customer who gave no name and ends the chat is "Klant" in its event line', async () => {
  const anna = await openConsole(browser, runtime, ANNA, 'Present');
  await anna.getByRole('button', { name: 'Nederlands' }).click();
  await anna.getByRole('group', { name: 'Status' }).getByRole('button', { name: 'Aanwezig' }).click();
  const { customer, chatId } = await startUnnamedChat('Do you gift-wrap?');
  await anna.getByRole('tab', { name: /^Chats/ }).click();
  await anna.getByRole('button', { name: 'Volgende in wachtrij ophalen' }).click();
  const conversation = anna.getByRole('region', { name: 'Chat met Klant' }).getByRole('list', { name: 'Gesprek' });
  await conversation.getByText('Do you gift-wrap?').waitFor();

  customer.send({ action: 'chat.end', chatId });
  await conversation.getByText('Klant heeft de chat beëindigd', { exact: true }).waitFor();
}, 60_000);
