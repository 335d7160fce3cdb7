/**
 * User text is rendered as text: a corpus of XSS payloads as customer names, questions, messages,
 * contact fields, request titles and offline requests, shown in the real console and widget.
 * No dialog opens, no payload runs, no element from a payload appears, and each payload is visible as text.
 */
import type { Browser } from 'playwright-core';
import { randomUUID } from 'node:crypto';
import { api, Client, connectAgent, connectCustomer, loginAgent, newVisitor } from '../support/clients';
import { ANNA, type TestRuntime } from '../support/runtime';
import { startRuntimeAndBrowser } from '../support/e2e-world';
import { XSS_PAYLOADS } from '../support/security/xss-payloads';
import { QUIET, watchForXss } from '../support/security/xss-watch';
import { askQuestion, conversation as widgetConversation, launcher, presentAgent, say } from './widget-steps';

let runtime: TestRuntime;
let browser: Browser;
const clients: Client[] = [];
const track = (c: Client) => (clients.push(c), c);

// Declared first, so the connections close before the runtime stops.
afterAll(() => Promise.all(clients.map((c) => c.close())));
startRuntimeAndBrowser((started) => ({ runtime, browser } = started));

const mid = (i: number) => `xss${String(i).padStart(4, '0')}-${randomUUID().slice(0, 8)}`;

test('the console shows every payload as text, in names, questions, messages, contact fields and request titles', async () => {
  const { token: annaToken } = await loginAgent(runtime.url, ANNA.email, ANNA.password);
  const visitor = await newVisitor(runtime.url);
  for (const payload of XSS_PAYLOADS) {
    const res = await api(runtime.url, '/api/offline-requests', { token: visitor.token, body: { name: payload, email: 'eve@example.com', message: payload } });
    expect(res.status).toBe(201);
  }
  // One after the other, so the first is the oldest and "Get next in queue" answers it.
  const customers: Client[] = [];
  for (const [i, payload] of XSS_PAYLOADS.entries()) {
    const customer = track(await connectCustomer(runtime.url, runtime.wsUrl));
    customer.send({ action: 'chat.start', chatId: `xss-chat-${String(i).padStart(4, '0')}`, name: payload, email: 'eve@example.com', question: payload });
    await customer.next('chat');
    customers.push(customer);
  }

  const context = await browser.newContext();
  const page = await context.newPage();
  const findings = await watchForXss(page);
  await page.goto(runtime.url + '/agent/');
  await page.getByLabel('Email').fill(ANNA.email);
  await page.getByLabel('Password').fill(ANNA.password);
  await page.getByRole('button', { name: 'Log in' }).click();
  await page.getByRole('tab', { name: /Dashboard/ }).click();
  const incoming = page.getByRole('table', { name: 'Incoming chats' });
  for (const payload of XSS_PAYLOADS) await incoming.getByRole('row').filter({ hasText: payload }).first().waitFor();
  await page.getByRole('table', { name: 'Requests' }).getByRole('row').filter({ hasText: XSS_PAYLOADS.at(-1)! }).first().waitFor();

  await page.getByRole('tab', { name: /Chats/ }).click();
  await page.getByRole('button', { name: 'Get next in queue' }).click();
  const chatId = 'xss-chat-0000';
  const conversation = page.getByRole('list', { name: 'Conversation' });
  await conversation.getByText(XSS_PAYLOADS[0], { exact: true }).first().waitFor();
  for (const payload of XSS_PAYLOADS) customers[0].send({ action: 'message.send', chatId, clientMessageId: mid(XSS_PAYLOADS.indexOf(payload)), text: payload });
  for (const payload of XSS_PAYLOADS) await conversation.getByText(payload, { exact: true }).last().waitFor();

  const anna = track(await connectAgent(runtime.url, runtime.wsUrl, ANNA.email, ANNA.password));
  const person = await api<{ person: { personId: string } }>(runtime.url, '/api/contacts', {
    token: annaToken, body: { name: XSS_PAYLOADS[1], companyName: XSS_PAYLOADS[2] },
  });
  anna.send({ action: 'chat.link', chatId, personId: person.body.person.personId });
  await anna.next('chat', (f) => f.chat.personId === person.body.person.personId);
  for (const payload of XSS_PAYLOADS.slice(0, 5)) {
    anna.send({ action: 'request.create', chatId, title: payload });
    await anna.next('request.created');
  }
  const panel = page.getByRole('complementary', { name: 'Customer' });
  await panel.getByText(XSS_PAYLOADS[2], { exact: true }).first().waitFor();
  // One through the console's own dialog, which also refreshes the panel's list of requests.
  await page.getByRole('main').getByRole('button', { name: 'Create request' }).click();
  const dialog = page.getByRole('dialog', { name: 'Create request' });
  await dialog.getByLabel('Title').fill(XSS_PAYLOADS[5]);
  await dialog.getByRole('button', { name: 'Create request' }).click();
  const requests = panel.getByRole('region', { name: 'Requests' }).getByRole('listitem');
  for (const payload of XSS_PAYLOADS.slice(0, 6)) await requests.filter({ hasText: payload }).first().waitFor();

  expect(await findings()).toEqual(QUIET);
  await context.close();
  await Promise.all(customers.map(async (customer, i) => {
    customer.send({ action: 'chat.end', chatId: `xss-chat-${String(i).padStart(4, '0')}` });
    await customer.next('chat', (f) => f.chat.status === 'ended');
  }));
}, 120_000);

test('the widget shows every payload as text, in the customer name, the question and the agent messages', async () => {
  const agent = track(await presentAgent(runtime));
  const context = await browser.newContext();
  const page = await context.newPage();
  const findings = await watchForXss(page);
  await page.goto(runtime.url + '/demo/');
  await launcher(page).click();
  await askQuestion(page, { name: XSS_PAYLOADS[3], email: 'eve@example.com', question: XSS_PAYLOADS[0] });
  const { entries } = await agent.next('queue', (f) => f.entries.some((e) => !e.chatId.startsWith('xss-chat-')));
  const chatId = entries.find((e) => !e.chatId.startsWith('xss-chat-'))!.chatId;
  agent.send({ action: 'queue.claim', chatId });
  await agent.next('chat', (f) => f.chat.chatId === chatId && f.chat.status === 'active');
  for (const payload of XSS_PAYLOADS) say(agent, chatId, payload);
  for (const payload of XSS_PAYLOADS) await widgetConversation(page).getByText(payload, { exact: true }).last().waitFor();

  expect(await findings()).toEqual(QUIET);
  await context.close();
}, 120_000);

test('the trap does notice a payload that is rendered as HTML, so the quiet results above mean something', async () => {
  // The pages' Content-Security-Policy would block the payload's inline handler too: bypassed here, so only the trap is tested.
  const context = await browser.newContext({ bypassCSP: true });
  const page = await context.newPage();
  const findings = await watchForXss(page);
  await page.goto(runtime.url + '/demo/');
  await page.evaluate((html) => document.body.insertAdjacentHTML('beforeend', html), XSS_PAYLOADS[1]);
  await page.waitForFunction(() => ((window as unknown as { __pwnedBy?: string[] }).__pwnedBy ?? []).length > 0);
  expect(await findings()).toMatchObject({ ran: ['img'], elements: [expect.stringContaining('data-xss')] });
  await context.close();
});
