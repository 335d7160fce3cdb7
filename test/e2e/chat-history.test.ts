/**
 * An ended chat in the console: it moves to Recent chat sessions, its record shows under the linked
 * person's Activities, and the Chats tab's history search finds it and opens its transcript.
 */
import type { Browser } from 'playwright-core';
import { ANNA, BRAM, type TestRuntime } from '../support/runtime';
import * as sample from '../support/sample-files';
import { answeredChat, openConsole, startChat, type Customer, endChat } from './steps';
import { startRuntimeAndBrowser } from '../support/e2e-world';

let runtime: TestRuntime;
let browser: Browser;

startRuntimeAndBrowser((started) => ({ runtime, browser } = started));

test('an ended chat is in Recent chat sessions, the Activities of its person, and the chat history search', async () => {
  const fenna: Customer = { name: 'Fenna Mulder', email: 'fenna@example.com', question: 'Do you knit custom scarves in merino?' };
  const anna = await openConsole(browser, runtime, ANNA, 'Present');
  const shop = await startChat(browser, runtime, fenna);
  await anna.getByRole('button', { name: 'Get next in queue' }).click();
  await anna.getByRole('textbox', { name: 'Message' }).fill('Yes, in six colours.');
  await anna.getByRole('textbox', { name: 'Message' }).press('Enter');
  await shop.getByText('Yes, in six colours.', { exact: true }).waitFor();

  const customer = anna.getByRole('complementary', { name: 'Customer' });
  await customer.getByRole('button', { name: 'Create contact' }).click();
  await customer.getByRole('button', { name: 'Save contact' }).click();
  await customer.getByRole('region', { name: fenna.name }).getByText(fenna.email).waitFor();

  await endChat(anna);
  await anna.getByRole('region', { name: 'Recent chat sessions' }).getByRole('button', { name: new RegExp(fenna.name) }).waitFor();
  await customer.getByRole('region', { name: 'Activities' }).getByText(/^Chat ended .+ · Anna de Vries · /).waitFor();

  const history = anna.getByRole('region', { name: 'Chat history' });
  await history.getByRole('searchbox', { name: 'Search chat history' }).fill('merino scarves');
  const found = history.getByRole('list', { name: 'Chat history results' }).getByRole('button', { name: new RegExp(fenna.name) });
  // The result says when the chat ended; its transcript, when it ran, to that same end.
  const ended = (await found.locator('.muted').textContent())!.split(' · ')[0];
  await found.click();
  const transcript = anna.getByRole('dialog', { name: 'Transcript' });
  await transcript.getByText('Yes, in six colours.').waitFor();
  expect(await transcript.locator('p.muted').first().textContent()).toMatch(new RegExp(`–${ended} · `));
  await transcript.getByText(fenna.question).waitFor();

  await anna.keyboard.press('Escape');
  await history.getByRole('searchbox', { name: 'Search chat history' }).fill('nobody-like-this');
  await history.getByText('No ended chats match.').waitFor();
}, 60_000);

test("another agent opens an ended chat's transcript from the chat history with its images and the customer's rating", async () => {
  const sanne: Customer = { name: 'Sanne de Jong', email: 'sanne@example.com', question: 'My parcel arrived damaged, see the photo' };
  const { agent: anna, shop } = await answeredChat(browser, runtime, ANNA, sanne);
  await shop.locator('input[type=file]').setInputFiles({ name: 'damaged box.png', mimeType: 'image/png', buffer: sample.png() });
  await anna.getByRole('list', { name: 'Conversation' }).getByRole('img', { name: 'damaged box.png' }).waitFor();
  await endChat(anna);
  await shop.getByRole('group', { name: /How was this chat/ }).getByRole('radio', { name: '5 of 5' }).check();
  await shop.getByRole('button', { name: 'Send', exact: true }).click();
  await anna.getByRole('note', { name: "Customer's feedback" }).getByText(/rated 5 of 5/).waitFor();

  const bram = await openConsole(browser, runtime, BRAM, 'Present');
  const history = bram.getByRole('region', { name: 'Chat history' });
  await history.getByRole('searchbox', { name: 'Search chat history' }).fill('parcel damaged');
  await history.getByRole('list', { name: 'Chat history results' }).getByRole('button', { name: new RegExp(sanne.name) }).click();
  const preview = bram.getByRole('dialog', { name: 'Transcript' }).getByRole('img', { name: 'damaged box.png' });
  await preview.waitFor();
  await bram.waitForFunction((img) => (img as HTMLImageElement).complete && (img as HTMLImageElement).naturalWidth === 2, await preview.elementHandle());
  // What the customer thought of it comes with it.
  await bram.getByRole('dialog', { name: 'Transcript' }).getByRole('note', { name: "Customer's feedback" }).getByText(/rated 5 of 5/).waitFor();
}, 60_000);
