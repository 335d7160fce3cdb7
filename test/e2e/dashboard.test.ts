/**
 * The Dashboard: its tab's badge counts waiting chats, double-clicking in Incoming chats answers one — once,
 * and Ongoing chat sessions follows the live figures above it.
 */
import type { Browser } from 'playwright-core';
import { ANNA, BRAM, type TestRuntime } from '../support/runtime';
import { answeredChat, endChat, incomingRow, MILA, openConsole, startChat } from './steps';
import { freshRuntimePerTest } from '../support/e2e-world';
import { connectCustomer } from '../support/clients';

let runtime: TestRuntime;
let browser: Browser;

// Each test (and each retry) counts the waiting chats from none.
freshRuntimePerTest((started) => ({ runtime, browser } = started));

test('the badge counts the waiting chat, and of two agents double-clicking it only the first gets it', async () => {
  const anna = await openConsole(browser, runtime, ANNA, 'Present');
  const bram = await openConsole(browser, runtime, BRAM, 'Present');
  // Bram's console stops receiving queue broadcasts on cue, so his row stays up after Anna has answered.
  const held: string[] = [];
  let holding = false;
  let release = () => {};
  await bram.routeWebSocket(/\/ws/, (ws) => {
    const server = ws.connectToServer();
    ws.onMessage((message) => server.send(message));
    server.onMessage((message) => {
      // Only posts that are nothing but queue broadcasts: the refusal's own post carries the queue too.
      const frames = [JSON.parse(String(message))].flat() as { type?: string }[];
      if (holding && frames.every((frame) => frame.type === 'queue')) held.push(String(message));
      else ws.send(message);
    });
    release = () => {
      holding = false;
      held.splice(0).forEach((message) => ws.send(message));
    };
  });
  await bram.reload();
  await bram.getByRole('group', { name: 'Status' }).getByRole('button', { name: 'Present', pressed: true }).waitFor();

  await startChat(browser, runtime, MILA);
  for (const page of [anna, bram]) {
    const tab = page.getByRole('tab', { name: 'Dashboard, 1 waiting' });
    await tab.getByText('1', { exact: true }).waitFor();
    await tab.click();
    await incomingRow(page, MILA).getByText(MILA.question).waitFor();
  }

  holding = true;
  await incomingRow(anna, MILA).dblclick();
  await anna.getByRole('tab', { name: 'Chats, 1 ongoing', selected: true }).waitFor();
  await anna.getByRole('list', { name: 'Conversation' }).getByText(MILA.question).waitFor();
  await anna.getByRole('tab', { name: 'Dashboard, 0 waiting' }).waitFor();

  await incomingRow(bram, MILA).dblclick();
  await bram.getByRole('status').getByText('Another agent answered this chat first').waitFor();
  release();
  await incomingRow(bram, MILA).waitFor({ state: 'detached' });
  await bram.getByRole('tab', { name: 'Dashboard, 0 waiting' }).waitFor();
  expect(await bram.getByRole('tab', { name: 'Chats, 0 ongoing' }).count()).toBe(1);
}, 60_000);

test('Enter on a focused row answers that chat', async () => {
  const anna = await openConsole(browser, runtime, ANNA, 'Present');
  await startChat(browser, runtime, { ...MILA, name: 'Sem de Boer', question: 'Can I pick up my order in Haarlem?' });
  await anna.getByRole('tab', { name: 'Dashboard, 1 waiting' }).click();
  const row = anna.getByRole('table', { name: 'Incoming chats' }).getByRole('row').filter({ hasText: 'Sem de Boer' });
  await row.focus();
  await row.press('Enter');
  await anna.getByRole('list', { name: 'Conversation' }).getByText('Can I pick up my order in Haarlem?').waitFor();
  await anna.getByRole('tab', { name: 'Chats, 1 ongoing', selected: true }).waitFor();
}, 60_000);

test('a customer who left the page is greyed in Incoming chats, counted apart in the figures, with no pop-up', async () => {
  const anna = await openConsole(browser, runtime, ANNA, 'Present');
  const customer = await connectCustomer(runtime.url, runtime.wsUrl);
  customer.send({ action: 'chat.start', chatId: 'left-page-chat-1', name: 'Iris Kok', email: 'iris@example.com', question: 'Do you ship to Germany?' });
  await customer.next('chat');
  await anna.getByRole('tab', { name: /^Dashboard/ }).click();
  const row = incomingRow(anna, { name: 'Iris Kok', email: 'iris@example.com', question: 'Do you ship to Germany?' });
  await row.getByRole('cell', { name: 'Iris Kok', exact: true }).waitFor();

  await customer.close();
  await runtime.scheduler.fire('Sweeper', new Date(Date.now() + 60_000));
  await row.getByRole('cell', { name: 'Iris Kok · left the page', exact: true }).waitFor();
  expect(await row.getAttribute('class')).toBe('away');
  // The figures count those still on the page; who left is told apart, with no wait ticking for them.
  const figure = (label: string) => anna.getByRole('definition').filter({ has: anna.locator(`xpath=preceding-sibling::dt[.="${label}"]`) });
  await anna.locator('.figure').filter({ hasText: 'Customers waiting' }).getByText('+ 1 left the page', { exact: true }).waitFor();
  expect(await figure('Customers waiting').first().textContent()).toBe('0');
  expect(await figure('Longest wait').textContent()).toBe('–');
  // Past the warning time: still nobody to alert to. (A sweep's posts reach the console before the next customer's queue update.)
  await runtime.scheduler.fire('Sweeper', new Date(Date.now() + 90_000));
  const next = await connectCustomer(runtime.url, runtime.wsUrl);
  next.send({ action: 'chat.start', chatId: 'left-page-chat-2', name: 'Ties Kok', email: 'ties@example.com', question: 'Open on Sunday?' });
  await incomingRow(anna, { name: 'Ties Kok', email: 'ties@example.com', question: 'Open on Sunday?' }).waitFor();
  expect(await anna.getByRole('alertdialog').count()).toBe(0);
  await next.close();
}, 60_000);

test('Ongoing chat sessions is read again as soon as the live figures change, not at the next 30 s poll', async () => {
  const anna = await openConsole(browser, runtime, ANNA, 'Away');
  await anna.getByRole('tab', { name: /^Dashboard/ }).click();
  const active = anna.locator('.figure').filter({ hasText: 'Active chat sessions' }).locator('dd');
  const ongoing = anna.getByRole('region', { name: 'Ongoing chat sessions' });
  await active.filter({ hasText: /^0$/ }).waitFor();
  await ongoing.getByText('No chats are ongoing.').waitFor();

  // Well inside the 30 s the list's poll waits: only the figures' push can have it read again by then.
  const { agent: bram } = await answeredChat(browser, runtime, BRAM, MILA);
  await active.filter({ hasText: /^1$/ }).waitFor();
  await ongoing.getByRole('row').filter({ hasText: MILA.name }).waitFor({ timeout: 5_000 });
  expect(await ongoing.getByText('No chats are ongoing.').count()).toBe(0);

  await endChat(bram);
  await active.filter({ hasText: /^0$/ }).waitFor();
  await ongoing.getByText('No chats are ongoing.').waitFor({ timeout: 5_000 });
}, 60_000);
