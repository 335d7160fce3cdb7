/**
 * The console's reply over the protocol's limit (MAX_TEXT characters) is never cut, as in the widget:
 * the text field keeps all of it, says how long it is against the limit, and neither Send nor ENTER
 * sends it until the agent has shortened it.
 */
import { randomUUID } from 'node:crypto';
import type { Browser, Page } from 'playwright-core';
import { MAX_TEXT } from '../../functions/protocol/constants';
import { ANNA, BRAM, type TestRuntime } from '../support/runtime';
import { Client, connectCustomer } from '../support/clients';
import { startRuntimeAndBrowser } from '../support/e2e-world';
import { openConsole, pagesClosedAfterEach } from './steps';

let runtime: TestRuntime;
let browser: Browser;
const clients: Client[] = [];

startRuntimeAndBrowser((started) => ({ runtime, browser } = started));
const track = pagesClosedAfterEach();
afterEach(() => Promise.all(clients.splice(0).map((client) => client.close())));

/** A customer's new chat, waiting in the queue; resolves with their connection once it is there. */
async function waitingChat(question: string): Promise<{ customer: Client; chatId: string }> {
  const customer = await connectCustomer(runtime.url, runtime.wsUrl);
  clients.push(customer);
  const chatId = `limit-${randomUUID().slice(0, 8)}`;
  customer.send({ action: 'chat.start', chatId, name: 'Mila Bakker', email: 'mila@example.com', question });
  await customer.next('chat');
  return { customer, chatId };
}

/** The first text the agent sent in the chat, as the customer received it. */
const agentText = (customer: Client, chatId: string) =>
  customer.next('message', (f) => f.message.chatId === chatId && f.message.kind === 'text' && f.message.author.role === 'agent');

/** Bram's console in a browser that prefers Dutch (his profile keeps no choice, so Anna's is left as it was). */
async function openDutchConsole(): Promise<Page> {
  const page = track(await (await browser.newContext({ locale: 'nl-NL' })).newPage());
  await page.goto(`${runtime.url}/agent/`);
  await page.getByLabel('E-mail').fill(BRAM.email);
  await page.getByLabel('Wachtwoord').fill(BRAM.password);
  await page.getByRole('button', { name: 'Inloggen' }).click();
  await page.getByRole('group', { name: 'Status' }).getByRole('button', { name: 'Aanwezig' }).click();
  await page.getByRole('group', { name: 'Status' }).getByRole('button', { name: 'Aanwezig', pressed: true }).waitFor();
  return page;
}

test('a reply over the limit stays whole, is flagged at the field, and is refused until shortened', async () => {
  const anna = track(await openConsole(browser, runtime, ANNA, 'Present'));
  const { customer, chatId } = await waitingChat('Can you check my order?');
  await anna.getByRole('button', { name: 'Get next in queue' }).click();
  const chat = anna.getByRole('region', { name: 'Chat with Mila Bakker' });
  await chat.getByRole('list', { name: 'Conversation' }).getByText('Can you check my order?').waitFor();
  const box = chat.getByRole('textbox', { name: 'Message' });
  const send = chat.getByRole('button', { name: 'Send', exact: true });
  // 5,003 characters, as pasted in the report, ending in a letter: the length counted is the trimmed text's.
  const long = `${'Your parcel left our warehouse on Monday. '.repeat(150).slice(0, MAX_TEXT + 1002)}!`;

  await box.fill(long);
  expect((await box.inputValue()).length).toBe(MAX_TEXT + 1003);
  const notice = chat.getByText(`Too long to send: ${MAX_TEXT + 1003} of at most ${MAX_TEXT} characters.`, { exact: true });
  await notice.waitFor();
  expect(await box.getAttribute('aria-invalid')).toBe('true');
  const describedBy = (await box.getAttribute('aria-describedby'))?.split(' ') ?? [];
  expect(describedBy).toContain(await notice.getAttribute('id'));
  expect(await send.isDisabled()).toBe(true);

  // ENTER refuses it too: nothing is cut, nothing goes out.
  await box.press('Enter');
  expect(await box.inputValue()).toBe(long);

  // Shortened to the limit, it goes, whole: the first text the customer gets is all of it.
  await box.fill(long.slice(0, MAX_TEXT));
  await notice.waitFor({ state: 'detached' });
  expect(await box.getAttribute('aria-invalid')).not.toBe('true');
  await send.click();
  const received = await agentText(customer, chatId);
  expect(received.message.text).toBe(long.slice(0, MAX_TEXT).trim());
  expect(await box.inputValue()).toBe('');
}, 60_000);

test('an emoji added to a reply over the limit does not cut it', async () => {
  const anna = track(await openConsole(browser, runtime, ANNA, 'Present'));
  await waitingChat('Do you ship to Belgium?');
  await anna.getByRole('button', { name: 'Get next in queue' }).click();
  const chat = anna.getByRole('region', { name: 'Chat with Mila Bakker' });
  await chat.getByRole('list', { name: 'Conversation' }).getByText('Do you ship to Belgium?').waitFor();
  const box = chat.getByRole('textbox', { name: 'Message' });
  await box.fill('y'.repeat(MAX_TEXT + 5));
  await box.press('End');

  await chat.getByRole('button', { name: 'Emoji' }).click();
  const search = anna.getByRole('searchbox', { name: 'Search emoji' });
  await search.fill('thumbs up');
  await search.press('Enter');
  await search.waitFor({ state: 'detached' });
  await chat.getByText(`Too long to send: ${MAX_TEXT + 7} of at most ${MAX_TEXT} characters.`, { exact: true }).waitFor();
  expect(await box.inputValue()).toBe(`${'y'.repeat(MAX_TEXT + 5)}👍`);
}, 60_000);

test('in Dutch the notice is Dutch', async () => {
  const bram = await openDutchConsole();
  await waitingChat('Hebben jullie Delfts blauw?');
  await bram.getByRole('tab', { name: /^Chats/ }).click();
  await bram.getByRole('button', { name: 'Volgende in wachtrij ophalen' }).click();
  const chat = bram.getByRole('region', { name: 'Chat met Mila Bakker' });
  const box = chat.getByRole('textbox', { name: 'Bericht' });
  await box.fill('x'.repeat(MAX_TEXT + 1));
  await chat.getByText(`Te lang om te verzenden: ${MAX_TEXT + 1} van maximaal ${MAX_TEXT} tekens.`, { exact: true }).waitFor();
  expect(await chat.getByRole('button', { name: 'Verzenden', exact: true }).isDisabled()).toBe(true);
}, 60_000);
