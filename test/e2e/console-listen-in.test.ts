/**
 * Listen-in from the Dashboard: a manager double-clicks a chat in Ongoing chat sessions and
 * watches it read-only in the Chats tab, while the answering agent's console shows nothing of it.
 * A dropped line or a reload of the tab goes on listening; Close stops it.
 */
import { randomUUID } from 'node:crypto';
import type { Browser, Page } from 'playwright-core';
import { connectCustomer, type Client } from '../support/clients';
import { ANNA, type TestRuntime } from '../support/runtime';
import { startRuntimeAndBrowser } from '../support/e2e-world';
import { ADMIN, MILA, openConsole } from './steps';

let runtime: TestRuntime;
let browser: Browser;
const pages: Page[] = [];
let customer: Client | undefined;
// New on every attempt, and ended after it, so that a retried test meets no chat of its first attempt.
let chatId = '';

// Declared first, so the customer and pages close before the runtime and browser do.
afterEach(async () => {
  customer?.send({ action: 'chat.end', chatId });
  await customer?.next('chat', (f) => f.chat.chatId === chatId && f.chat.status === 'ended').catch(() => undefined);
  await customer?.close();
  customer = undefined;
  await Promise.all(pages.splice(0).map((page) => page.context().close()));
});
startRuntimeAndBrowser((started) => ({ runtime, browser } = started));

test('a manager listens in on an ongoing chat, read-only and unseen', async () => {
  const anna = await openConsole(browser, runtime, ANNA, 'Present');
  pages.push(anna);
  customer = await connectCustomer(runtime.url, runtime.wsUrl);
  chatId = `listen-e2e-${randomUUID().slice(0, 8)}`;
  customer.send({ action: 'chat.start', chatId, name: MILA.name, email: MILA.email, question: MILA.question });
  await customer.next('chat');
  await anna.getByRole('button', { name: 'Get next in queue' }).click();
  await anna.getByRole('list', { name: 'Conversation' }).getByText(MILA.question).waitFor();

  const before = new Set(runtime.gateway.registry.all().map((connection) => connection.connectionId));
  const admin = await openConsole(browser, runtime, ADMIN, 'Away');
  pages.push(admin);
  const adminsSockets = () => runtime.gateway.registry.all().filter((connection) => !before.has(connection.connectionId));
  await admin.getByRole('tab', { name: /^Dashboard/ }).click();
  const row = admin.getByRole('table', { name: 'Ongoing chat sessions' }).getByRole('row').filter({ hasText: MILA.name });
  await row.filter({ hasText: ANNA.name }).waitFor();
  await row.dblclick();

  const conversation = admin.getByRole('list', { name: 'Conversation' });
  await conversation.getByText(MILA.question).waitFor();
  await admin.getByText(`${ANNA.name} is handling this chat; you are listening`).waitFor();
  expect(await admin.getByRole('textbox', { name: 'Message' }).count()).toBe(0);
  // In the admin's list the chat says whose it is, not as if it were theirs.
  await admin.getByRole('navigation', { name: 'Chats' }).getByRole('button').filter({ hasText: MILA.name }).getByText(`Listening in: ${ANNA.name} answers`).waitFor();

  customer.send({ action: 'message.send', chatId, clientMessageId: randomUUID(), text: 'Size 4 needles too, please' });
  await conversation.getByText('Size 4 needles too, please').waitFor();
  await anna.getByRole('list', { name: 'Conversation' }).getByText('Size 4 needles too, please').waitFor();
  // Nothing in Anna's conversation mentions the listener.
  expect(await anna.getByRole('list', { name: 'Conversation' }).getByText(/listen/i).count()).toBe(0);

  // The line drops and comes back: the admin goes on listening, without opening the chat again.
  adminsSockets().forEach((connection) => connection.socket.terminate());
  await admin.getByText('Reconnecting…', { exact: false }).waitFor();
  await admin.getByText('Reconnecting…', { exact: false }).waitFor({ state: 'detached' });
  customer.send({ action: 'message.send', chatId, clientMessageId: randomUUID(), text: 'And a pattern book' });
  await conversation.getByText('And a pattern book').waitFor();
  expect(await conversation.getByText('Size 4 needles too, please').count()).toBe(1);
  await admin.getByText(`${ANNA.name} is handling this chat; you are listening`).waitFor();

  // A reload of the tab follows the chat again; once closed, a reload leaves it closed.
  const listed = admin.getByRole('navigation', { name: 'Chats' }).getByRole('button').filter({ hasText: MILA.name });
  await admin.reload();
  await listed.getByText(`Listening in: ${ANNA.name} answers`).waitFor();
  await listed.click();
  await conversation.getByText('And a pattern book').waitFor();
  customer.send({ action: 'message.send', chatId, clientMessageId: randomUUID(), text: 'Heard after the reload' });
  await conversation.getByText('Heard after the reload').waitFor();
  await admin.getByRole('button', { name: 'Close' }).click();
  await listed.waitFor({ state: 'detached' });
  await admin.reload();
  await admin.getByRole('tab', { name: /^Chats/ }).waitFor();
  await admin.waitForTimeout(1500);
  expect(await listed.count()).toBe(0);

  // Anna may not listen in on anything (her own chat least of all): her Dashboard lists it for information only.
  await anna.getByRole('tab', { name: /^Dashboard/ }).click();
  const annasRow = anna.getByRole('table', { name: 'Ongoing chat sessions' }).getByRole('row').filter({ hasText: MILA.name });
  await annasRow.waitFor();
  await anna.getByText('Who is answering which chat right now.').waitFor();
  expect(await anna.getByText(/to listen in/).count()).toBe(0);
  expect(await annasRow.getAttribute('tabindex')).toBeNull();
}, 60_000);
