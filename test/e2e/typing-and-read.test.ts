/** Typing shows on the other side; unread messages are counted in the console; the customer sees when the agent has read. */
import type { Browser } from 'playwright-core';
import { ANNA, type TestRuntime } from '../support/runtime';
import { answeredChat, MILA, NOOR, openConsole, startChat, type Customer, endChat } from './steps';
import { startRuntimeAndBrowser } from '../support/e2e-world';

let runtime: TestRuntime;
let browser: Browser;

startRuntimeAndBrowser((started) => ({ runtime, browser } = started));

test('both sides see the other typing, and the customer sees Read once the agent has the chat open', async () => {
  const anna = await openConsole(browser, runtime, ANNA, 'Present');
  const mila = await startChat(browser, runtime, MILA);
  await anna.getByRole('button', { name: 'Get next in queue' }).click();
  await mila.getByText(`You are chatting with ${ANNA.name}.`).waitFor();

  await anna.getByRole('textbox', { name: 'Message' }).pressSequentially('Let me check');
  await mila.getByText(`${ANNA.name} is typing…`).waitFor();
  await mila.getByLabel('Message').pressSequentially('Thanks');
  await anna.getByText(`${MILA.name} is typing…`).waitFor();

  await mila.getByLabel('Message').press('Enter');
  await anna.getByRole('list', { name: 'Conversation' }).getByText('Thanks', { exact: true }).waitFor();
  await anna.getByText(`${MILA.name} is typing…`).waitFor({ state: 'detached' });
  await mila.getByRole('listitem').filter({ hasText: 'Thanks' }).getByText('Read', { exact: true }).waitFor();
}, 60_000);

test('a message in a chat the agent is not looking at counts as unread until it is opened', async () => {
  const anna = await openConsole(browser, runtime, ANNA, 'Present');
  const noor = await startChat(browser, runtime, NOOR);
  await anna.getByRole('button', { name: 'Get next in queue' }).click();
  await noor.getByText(`You are chatting with ${ANNA.name}.`).waitFor();

  const myChats = anna.getByRole('region', { name: 'My chats' });
  await myChats.getByRole('button', { name: new RegExp(MILA.name) }).click();
  await noor.getByLabel('Message').fill('Are you still there?');
  await noor.getByLabel('Message').press('Enter');
  const noorItem = myChats.getByRole('button', { name: new RegExp(NOOR.name) });
  await noorItem.getByText('1 unread').waitFor();
  await noorItem.getByText(`${NOOR.name}: Are you still there?`).waitFor();

  await noorItem.click();
  await noorItem.getByText('1 unread').waitFor({ state: 'detached' });
  await noor.getByRole('listitem').filter({ hasText: 'Are you still there?' }).getByText('Read', { exact: true }).waitFor();
}, 60_000);

test('a message the agent saw just before ending the chat counts as read, though the console closes at once', async () => {
  const eva: Customer = { name: 'Eva de Boer', email: 'eva@example.com', question: 'Do you gift-wrap?' };
  const { agent: anna, shop } = await answeredChat(browser, runtime, ANNA, eva);
  await shop.getByLabel('Message').fill('And a card with it?');
  await shop.getByLabel('Message').press('Enter');
  await anna.getByRole('list', { name: 'Conversation' }).getByText('And a card with it?').waitFor();

  // At once: before the read report's own delay and hold (about four seconds) would have sent it.
  await endChat(anna);
  await anna.getByText('This chat has ended.').waitFor();
  await anna.context().close();

  await shop.getByRole('listitem').filter({ hasText: 'And a card with it?' }).getByText('Read', { exact: true }).waitFor();
}, 60_000);
