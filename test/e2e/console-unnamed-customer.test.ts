/** A channel may leave the customer's name optional: the console then calls them "Customer", never a blank. */
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
afterAll(() => clients.forEach((client) => client.close()));

test('a customer who gave no name shows as "Customer" in Incoming chats, the chat list, the header, the messages and typing', async () => {
  const anna = await openConsole(browser, runtime, ANNA, 'Present');
  const customer = await connectCustomer(runtime.url, runtime.wsUrl);
  clients.push(customer);
  customer.send({ action: 'chat.start', chatId: 'unnamed-chat-01', channel: 'quick', name: '', email: '', question: 'Are you open on Sunday?' });
  await customer.next('chat');

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

  customer.send({ action: 'typing', chatId: 'unnamed-chat-01' });
  await chat.getByText('Customer is typing…').waitFor();
}, 60_000);

test('in Dutch, a customer who gave no name and ends the chat is "Klant" in its event line', async () => {
  const anna = await openConsole(browser, runtime, ANNA, 'Present');
  await anna.getByRole('button', { name: 'Nederlands' }).click();
  await anna.getByRole('group', { name: 'Status' }).getByRole('button', { name: 'Aanwezig' }).click();
  const customer = await connectCustomer(runtime.url, runtime.wsUrl);
  clients.push(customer);
  customer.send({ action: 'chat.start', chatId: 'unnamed-chat-02', channel: 'quick', name: '', email: '', question: 'Do you gift-wrap?' });
  await customer.next('chat');
  await anna.getByRole('tab', { name: /^Chats/ }).click();
  await anna.getByRole('button', { name: 'Volgende in wachtrij ophalen' }).click();
  const conversation = anna.getByRole('region', { name: 'Chat met Klant' }).getByRole('list', { name: 'Gesprek' });
  await conversation.getByText('Do you gift-wrap?').waitFor();

  customer.send({ action: 'chat.end', chatId: 'unnamed-chat-02' });
  await conversation.getByText('Klant heeft de chat beëindigd', { exact: true }).waitFor();
}, 60_000);
