/**
 * The console's contact side panel ("Customer"): the chat is linked to a contact created from its
 * details or found by search, or at once when the customer's address is one contact's; ending it adds
 * it to the person's Activities; the person's earlier chats open read-only.
 */
import type { Browser, Page } from 'playwright-core';
import type { ContactCreateResponse } from '../../functions/protocol';
import { api, loginAgent } from '../support/clients';
import { ANNA, type TestRuntime } from '../support/runtime';
import { MILA, NOOR, openConsole, startChat, type Customer, endChat } from './steps';
import { startRuntimeAndBrowser } from '../support/e2e-world';

let runtime: TestRuntime;
let browser: Browser;

startRuntimeAndBrowser((started) => ({ runtime, browser } = started));

const customerPanel = (page: Page) => page.getByRole('complementary', { name: 'Customer' });

/** The customer starts a chat, the agent takes it with Get next in queue and replies. */
async function answer(agent: Page, customer: Customer, reply: string): Promise<Page> {
  const shop = await startChat(browser, runtime, customer);
  await agent.getByRole('button', { name: 'Get next in queue' }).click();
  await agent.getByRole('list', { name: 'Conversation' }).getByText(customer.question).waitFor();
  await agent.getByRole('textbox', { name: 'Message' }).fill(reply);
  await agent.getByRole('textbox', { name: 'Message' }).press('Enter');
  await shop.getByText(reply, { exact: true }).waitFor();
  return shop;
}

async function endChatWith(agent: Page, customer: Customer) {
  await endChat(agent);
  await agent.getByText('This chat has ended.').waitFor();
  await agent.getByRole('region', { name: 'Recent chat sessions' }).getByRole('button', { name: new RegExp(customer.name) }).waitFor();
}

test('a contact created from the chat is linked, and once the chat ends its Activities show the chat', async () => {
  const anna = await openConsole(browser, runtime, ANNA, 'Present');
  await answer(anna, MILA, 'Yes, we ship to Belgium.');
  const panel = customerPanel(anna);
  await panel.getByText('No contact matches this customer yet.').waitFor();

  await panel.getByRole('button', { name: 'Create contact' }).click();
  const form = panel.getByRole('form', { name: 'New contact' });
  expect(await form.getByLabel('Name').inputValue()).toBe(MILA.name);
  expect(await form.getByLabel('Email').inputValue()).toBe(MILA.email);
  // A number the server refuses is named in the console's words, and its field marked.
  await form.getByLabel('Phone').fill('call me after 5');
  await form.getByRole('button', { name: 'Save contact' }).click();
  await form.getByRole('alert').getByText('Phone is not valid', { exact: true }).waitFor();
  expect(await form.getByLabel('Phone').getAttribute('aria-invalid')).toBe('true');

  await form.getByLabel('Phone').fill('+31 20 123 4567');
  await form.getByLabel('Company').fill('Tulip BV');
  await form.getByRole('button', { name: 'Save contact' }).click();

  const details = panel.getByRole('region', { name: MILA.name });
  await details.getByText(MILA.email).waitFor();
  await details.getByText('+31 20 123 4567').waitFor();
  await details.getByText('Tulip BV').waitFor();
  await panel.getByRole('region', { name: 'Activities' }).getByText('No activities yet.').waitFor();

  await endChatWith(anna, MILA);
  await panel.getByRole('region', { name: 'Activities' }).getByText(/^Chat ended .+ · Anna de Vries · \d+ s · 2 messages$/).waitFor();
}, 60_000);

test("an existing contact is found by phone and linked; on the customer's next chat the earlier one's transcript opens", async () => {
  const { token } = await loginAgent(runtime.url, ANNA.email, ANNA.password);
  // Saved under another address than the one she chats with: nothing links her by address.
  await api<ContactCreateResponse>(runtime.url, '/api/contacts', { token, body: { name: NOOR.name, email: 'noor.visser@work.example', phone: '06 1234 5678' } });
  const anna = await openConsole(browser, runtime, ANNA, 'Present');
  await answer(anna, NOOR, 'It is back in stock since Monday.');
  const panel = customerPanel(anna);

  await panel.getByRole('searchbox', { name: 'Search contacts' }).fill('0612345');
  await panel.getByRole('list', { name: 'Search results' }).getByRole('button', { name: `Link ${NOOR.name}` }).click();
  await panel.getByRole('region', { name: NOOR.name }).getByText('06 1234 5678').waitFor();
  await panel.getByRole('region', { name: 'Earlier chats' }).getByText('No earlier chats.').waitFor();
  await panel.getByRole('button', { name: 'Change the linked contact' }).click();
  await panel.getByRole('searchbox', { name: 'Search contacts' }).waitFor();
  // The linked contact matched; what is missing is another one.
  await panel.getByText('No other contact matches this customer.').waitFor();
  await panel.getByRole('button', { name: 'Cancel' }).click();
  await panel.getByRole('region', { name: NOOR.name }).getByText('06 1234 5678').waitFor();
  await endChatWith(anna, NOOR);

  await answer(anna, { ...NOOR, question: 'Can I pay by invoice?' }, 'Yes, for orders over 50 euro.');
  await panel.getByRole('list', { name: 'Suggested match' }).getByRole('button', { name: `Link ${NOOR.name}` }).click();
  const earlier = panel.getByRole('region', { name: 'Earlier chats' }).getByRole('button', { name: new RegExp(NOOR.question) });
  await earlier.click();

  const transcript = anna.getByRole('dialog', { name: 'Transcript' });
  await transcript.getByRole('list', { name: 'Transcript' }).getByText('It is back in stock since Monday.').waitFor();
  await transcript.getByText(NOOR.question).waitFor();
  await anna.keyboard.press('Escape');
  await transcript.waitFor({ state: 'detached' });
  expect(await earlier.evaluate((button) => button === document.activeElement)).toBe(true);
}, 60_000);

test('a chat that ended unlinked can still be linked from Recent chat sessions, and the person gets its activity', async () => {
  const sem: Customer = { name: 'Sem de Boer', email: 'sem@example.com', question: 'Can I pick up my order in Haarlem?' };
  const anna = await openConsole(browser, runtime, ANNA, 'Present');
  await answer(anna, sem, 'Yes, from our Haarlem shop.');
  await endChatWith(anna, sem);

  const panel = customerPanel(anna);
  await panel.getByRole('button', { name: 'Create contact' }).click();
  await panel.getByRole('button', { name: 'Save contact' }).click();
  await panel.getByRole('region', { name: sem.name }).getByText(sem.email).waitFor();
  await panel.getByRole('region', { name: 'Activities' }).getByText(/^Chat ended .+ · Anna de Vries · \d+ s · 2 messages$/).waitFor();
}, 60_000);

test("a customer whose address is one contact's is linked when answered: the panel shows the person at once, and the chat lands among their Activities", async () => {
  const lotte: Customer = { name: 'Lotte Jansen', email: 'lotte@example.com', question: 'Do you sell gift cards?' };
  const { token } = await loginAgent(runtime.url, ANNA.email, ANNA.password);
  await api<ContactCreateResponse>(runtime.url, '/api/contacts', { token, body: { name: 'Lotte Jansen', email: 'Lotte@Example.com', phone: '020 555 0101' } });
  const anna = await openConsole(browser, runtime, ANNA, 'Present');
  await answer(anna, lotte, 'Yes, from 10 euro.');

  const panel = customerPanel(anna);
  await panel.getByRole('region', { name: lotte.name }).getByText('020 555 0101').waitFor();
  expect(await panel.getByRole('list', { name: 'Suggested match' }).count()).toBe(0);
  await endChatWith(anna, lotte);
  const activity = panel.getByRole('region', { name: 'Activities' }).getByRole('button', { name: new RegExp(lotte.question.replace('?', '\\?')) });
  await activity.getByText(/^Chat ended .+ · Anna de Vries · \d+ s · 2 messages$/).waitFor();

  // The activity says what the chat was about, and opens it.
  await activity.click();
  await anna.getByRole('dialog', { name: 'Transcript' }).getByText('Yes, from 10 euro.').waitFor();
}, 60_000);
