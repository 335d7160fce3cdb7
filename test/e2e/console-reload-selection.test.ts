/**
 * After a reload (or a switch of language, which reloads) the console opens the chat that was open;
 * when that one ended or is gone, a chat still going, not one that ended since (which comes first, newest).
 */
import type { Browser } from 'playwright-core';
import { ANNA, BRAM, type TestRuntime } from '../support/runtime';
import { MILA, NOOR, endChat, openConsole, pagesClosedAfterEach, startChat, type Customer } from './steps';
import { startRuntimeAndBrowser } from '../support/e2e-world';

let runtime: TestRuntime;
let browser: Browser;

startRuntimeAndBrowser((started) => ({ runtime, browser } = started));
const track = pagesClosedAfterEach();

test('a reload opens the ongoing chat, and leaves the ended one under Recent chat sessions', async () => {
  const anna = await openConsole(browser, runtime, ANNA, 'Present');
  await startChat(browser, runtime, MILA);
  await anna.getByRole('button', { name: 'Get next in queue' }).click();
  await anna.getByRole('list', { name: 'Conversation' }).getByText(MILA.question).waitFor();
  // The newer chat ends: the one still going is the older.
  await startChat(browser, runtime, NOOR);
  await anna.getByRole('button', { name: 'Get next in queue' }).click();
  await anna.getByRole('list', { name: 'Conversation' }).getByText(NOOR.question).waitFor();
  await endChat(anna);
  await anna.getByText('This chat has ended.').waitFor();
  await anna.getByRole('region', { name: 'My chats' }).getByRole('button', { name: new RegExp(MILA.name) }).click();
  await anna.getByRole('region', { name: `Chat with ${MILA.name}` }).waitFor();

  for (let i = 0; i < 3; i++) {
    await anna.reload();
    await anna.getByRole('region', { name: 'Recent chat sessions' }).getByRole('button', { name: new RegExp(NOOR.name) }).waitFor();
    await anna.getByRole('region', { name: `Chat with ${MILA.name}` }).waitFor();
    expect(await anna.getByRole('region', { name: `Chat with ${NOOR.name}` }).count()).toBe(0);
  }
}, 60_000);

const SEM: Customer = { name: 'Sem Peters', email: 'sem@example.com', question: 'Can I still change my order of Delft Blue cups?' };
const EVA: Customer = { name: 'Eva de Boer', email: 'eva@example.com', question: 'Do the tulip bulbs come with planting instructions?' };

test('a reload, or a switch of language, opens again the chat that was open; once it ended, the one still going', async () => {
  const bram = track(await openConsole(browser, runtime, BRAM, 'Present'));
  for (const customer of [SEM, EVA]) {
    track(await startChat(browser, runtime, customer));
    await bram.getByRole('button', { name: 'Get next in queue' }).click();
    await bram.getByRole('list', { name: 'Conversation' }).getByText(customer.question).waitFor();
  }
  const myChats = bram.getByRole('region', { name: 'My chats' });

  // Each in turn, so that one of them is not the chat a reload would open first anyway.
  for (const [open, other] of [[SEM, EVA], [EVA, SEM], [SEM, EVA]]) {
    await myChats.getByRole('button', { name: new RegExp(open.name) }).click();
    await bram.getByRole('region', { name: `Chat with ${open.name}` }).waitFor();
    await bram.reload();
    await bram.getByRole('region', { name: `Chat with ${open.name}` }).getByText(open.question).waitFor();
    expect(await bram.getByRole('region', { name: `Chat with ${other.name}` }).count()).toBe(0);
  }

  // The language switch reloads the console: in Dutch, the same chat is open, and again in English.
  for (const open of [EVA, SEM]) {
    await myChats.getByRole('button', { name: new RegExp(open.name) }).click();
    await bram.getByRole('region', { name: `Chat with ${open.name}` }).waitFor();
    await bram.getByRole('button', { name: 'Nederlands' }).click();
    await bram.getByRole('region', { name: `Chat met ${open.name}` }).getByText(open.question).waitFor();
    await bram.getByRole('button', { name: 'English' }).click();
    await bram.getByRole('region', { name: `Chat with ${open.name}` }).getByText(open.question).waitFor();
  }

  // Sem's chat, open, ends: a reload opens Eva's, still going, and Sem's waits under Recent chat sessions.
  await endChat(bram);
  await bram.getByText('This chat has ended.').waitFor();
  await bram.reload();
  await bram.getByRole('region', { name: `Chat with ${EVA.name}` }).getByText(EVA.question).waitFor();
  await bram.getByRole('region', { name: 'Recent chat sessions' }).getByRole('button', { name: new RegExp(SEM.name) }).waitFor();
  expect(await bram.getByRole('region', { name: `Chat with ${SEM.name}` }).count()).toBe(0);
}, 90_000);
