/**
 * "Create request" from a chat in the console: the customer is told the request's number, the
 * side panel lists it under the person's Requests, and an ended chat can still get one.
 */
import type { Browser, Page } from 'playwright-core';
import { injectAxe } from '../support/axe';
import { ANNA, type TestRuntime } from '../support/runtime';
import { MILA, openConsole, startChat, endChat } from './steps';
import { startRuntimeAndBrowser } from '../support/e2e-world';

let runtime: TestRuntime;
let browser: Browser;

startRuntimeAndBrowser((started) => ({ runtime, browser } = started));

/** axe-core's findings inside `selector` (the rules of WCAG 2.1 A and AA), as "rule: target" lines. */
async function axeViolations(page: Page, selector: string): Promise<string[]> {
  await injectAxe(page);
  return page.evaluate(async (include) => {
    if (!document.querySelector(include)) throw new Error(`nothing matches ${include}`);
    const axe = (window as unknown as { axe: typeof import('axe-core') }).axe;
    const result = await axe.run({ include: [include] }, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] });
    return result.violations.flatMap((v) => v.nodes.map((node) => `${v.id}: ${node.target.join(' ')}`));
  }, selector);
}

async function createRequest(agent: Page, fields: { title: string; category: string; priority: string }) {
  await agent.getByRole('main').getByRole('button', { name: 'Create request' }).click();
  const dialog = agent.getByRole('dialog', { name: 'Create request' });
  const title = dialog.getByLabel('Title');
  expect(await title.evaluate((field) => field === document.activeElement)).toBe(true);
  await title.fill(fields.title);
  await dialog.getByLabel('Category').fill(fields.category);
  await dialog.getByLabel('Priority').selectOption(fields.priority);
  await dialog.getByRole('button', { name: 'Create request' }).click();
  await dialog.waitFor({ state: 'detached' });
}

test('a request created from the chat is announced to the customer and listed under the person, also after the chat ended', async () => {
  const anna = await openConsole(browser, runtime, ANNA, 'Present');
  const shop = await startChat(browser, runtime, MILA);
  await anna.getByRole('button', { name: 'Get next in queue' }).click();
  await anna.getByRole('list', { name: 'Conversation' }).getByText(MILA.question).waitFor();
  const panel = anna.getByRole('complementary', { name: 'Customer' });
  await panel.getByText('No contact matches this customer yet.').waitFor();
  expect(await axeViolations(anna, '.contact-panel')).toEqual([]);
  await panel.getByRole('button', { name: 'Create contact' }).click();
  await panel.getByRole('button', { name: 'Save contact' }).click();
  const requests = panel.getByRole('region', { name: 'Requests' });
  await requests.getByText('No requests.').waitFor();
  expect(await axeViolations(anna, '.contact-panel')).toEqual([]);

  await anna.getByRole('main').getByRole('button', { name: 'Create request' }).click();
  expect(await axeViolations(anna, 'dialog')).toEqual([]);
  await anna.keyboard.press('Escape');
  await anna.getByRole('dialog', { name: 'Create request' }).waitFor({ state: 'detached' });

  await createRequest(anna, { title: 'Parcel lost', category: 'Delivery', priority: 'high' });
  await shop.getByText('Request #1 has been created for you').waitFor();
  await anna.getByRole('list', { name: 'Conversation' }).getByText('Request #1 was created for the customer').waitFor();
  await requests.getByText('#1 Parcel lost').waitFor();
  await requests.getByText(/^High · Delivery · created /).waitFor();

  await endChat(anna);
  await anna.getByText('This chat has ended.').waitFor();
  await createRequest(anna, { title: 'Refund the postage', category: 'Billing', priority: 'low' });
  await requests.getByText('#2 Refund the postage').waitFor();

  // The Dashboard's Requests list shows what the request is about, for whom, how urgent and of what kind, each under its own heading.
  await anna.getByRole('tab', { name: /^Dashboard/ }).click();
  const table = anna.getByRole('table', { name: 'Requests' });
  const row = table.getByRole('row').filter({ hasText: 'Parcel lost' });
  await row.waitFor();
  expect(await table.getByRole('columnheader').allTextContents()).toEqual(['Number', 'Request', 'Customer', 'Priority', 'Category', 'Received']);
  const cells = await row.getByRole('cell').allTextContents();
  expect(cells).toEqual(['1', `Parcel lost${MILA.question}`, `${MILA.name}${MILA.email}`, 'High', 'Delivery', expect.any(String)]);
}, 60_000);

test('a request created before the customer is matched to a contact shows under the contact once the chat is linked', async () => {
  const anna = await openConsole(browser, runtime, ANNA, 'Present');
  const customer = { name: 'Mila Smit', email: 'mila.smit@example.com', question: 'Can bulbs be sent to Antwerp?' };
  const shop = await startChat(browser, runtime, customer);
  await anna.getByRole('button', { name: 'Get next in queue' }).click();
  await anna.getByRole('list', { name: 'Conversation' }).getByText(customer.question).waitFor();
  await createRequest(anna, { title: 'Bulbs to Belgium', category: 'Shipping', priority: 'normal' });
  await anna.getByRole('list', { name: 'Conversation' }).getByText(/^Request #\d+ was created for the customer$/).waitFor();

  const panel = anna.getByRole('complementary', { name: 'Customer' });
  await panel.getByRole('button', { name: 'Create contact' }).click();
  await panel.getByRole('button', { name: 'Save contact' }).click();
  await panel.getByRole('region', { name: 'Requests' }).getByText(/^#\d+ Bulbs to Belgium$/).waitFor();
  await Promise.all([anna.context().close(), shop.context().close()]);
}, 60_000);
