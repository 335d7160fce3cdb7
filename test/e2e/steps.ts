/** Steps the console and widget tests share: opening pages, signing in, setting status, starting a chat. */
import type { Browser, Locator, Page } from 'playwright-core';
import { DEMO_LOGINS, type DemoLogin } from '../../infra/local/demo-logins';
import type { TestRuntime } from '../support/runtime';
import { askQuestion } from './widget-steps';

/** The demo admin, as the console's login form takes it. */
export const ADMIN = DEMO_LOGINS.find((login) => login.role === 'admin')!;

/** A page in its own browser context: its own storage, so its own agent session or visitor. */
export async function openPage(browser: Browser, runtime: TestRuntime, path: string): Promise<Page> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(runtime.url + path);
  return page;
}

/** Registers an afterEach that closes every page passed through the returned `track` (with its context) after each test. */
export function pagesClosedAfterEach(): (page: Page) => Page {
  const pages: Page[] = [];
  afterEach(() => Promise.all(pages.splice(0).map((page) => page.context().close())));
  return (page) => (pages.push(page), page);
}

export async function openConsole(browser: Browser, runtime: TestRuntime, login: DemoLogin, status: 'Present' | 'Away'): Promise<Page> {
  return logInOn(await openPage(browser, runtime, '/agent/'), login, status);
}

/**
 * `login`'s console on `page`, with `status` chosen. A page opened elsewhere (one with a fake clock or
 * an init script set up before it loads) is taken to the console first.
 */
export async function logInOn(page: Page, login: DemoLogin, status: 'Present' | 'Away', runtime?: TestRuntime): Promise<Page> {
  if (runtime) await page.goto(`${runtime.url}/agent/`);
  await page.getByLabel('Email').fill(login.email);
  await page.getByLabel('Password').fill(login.password);
  await page.getByRole('button', { name: 'Log in' }).click();
  await setStatus(page, status);
  return page;
}

/** Chooses Present or Away and waits until the server has confirmed it. */
export async function setStatus(page: Page, status: 'Present' | 'Away'): Promise<void> {
  const button = page.getByRole('group', { name: 'Status' }).getByRole('button', { name: status });
  if ((await button.getAttribute('aria-pressed')) !== 'true') await button.click();
  await page.getByRole('group', { name: 'Status' }).getByRole('button', { name: status, pressed: true }).waitFor();
}

export interface Customer {
  name: string;
  email: string;
  question: string;
}

export const MILA: Customer = { name: 'Mila Bakker', email: 'mila@example.com', question: 'Do you ship tulip bulbs to Belgium?' };
export const NOOR: Customer = { name: 'Noor Visser', email: 'noor@example.com', question: 'Is the Delft Blue lace yarn back in stock?' };

/** A customer on the demo shop who opens the widget and starts a chat; resolves once it is queued. */
export async function startChat(browser: Browser, runtime: TestRuntime, customer: Customer): Promise<Page> {
  const shop = await openPage(browser, runtime, '/demo/');
  await shop.getByRole('button', { name: 'Chat with us' }).click();
  await askQuestion(shop, customer);
  return shop;
}

/** `login`'s console, Present, answers `customer`'s new chat with Get next in queue; resolves once the customer sees it. */
export async function answeredChat(browser: Browser, runtime: TestRuntime, login: DemoLogin, customer: Customer): Promise<{ agent: Page; shop: Page }> {
  const agent = await openConsole(browser, runtime, login, 'Present');
  const shop = await startChat(browser, runtime, customer);
  await agent.getByRole('button', { name: 'Get next in queue' }).click();
  await shop.getByText(`You are chatting with ${login.name}.`).waitFor();
  return { agent, shop };
}

/** Anna answers `customer`'s new chat with Get next in queue, replies, and ends it; resolves once the customer sees the end. */
export async function endedChat(browser: Browser, runtime: TestRuntime, customer: Customer, reply: string): Promise<{ anna: Page; shop: Page }> {
  const anna = await openConsole(browser, runtime, DEMO_LOGINS[0], 'Present');
  const shop = await startChat(browser, runtime, customer);
  await anna.getByRole('button', { name: 'Get next in queue' }).click();
  await anna.getByRole('textbox', { name: 'Message' }).fill(reply);
  await anna.getByRole('textbox', { name: 'Message' }).press('Enter');
  await shop.getByText(reply, { exact: true }).waitFor();
  await endChat(anna);
  await shop.getByText('This chat has ended').waitFor();
  return { anna, shop };
}

/** The row of a waiting customer in the Dashboard's Incoming chats. */
export const incomingRow = (page: Page, customer: Customer) =>
  page.getByRole('table', { name: 'Incoming chats' }).getByRole('row').filter({ hasText: customer.name });

/** "End chat" in the open conversation (of `within`, when given), confirmed in the dialog that asks first. */
export async function endChat(page: Page, within: Page | Locator = page, words = { button: 'End chat' }): Promise<void> {
  await within.getByRole('button', { name: words.button }).click();
  await page.getByRole('dialog').getByRole('button', { name: words.button }).click();
}
