/**
 * Adding several documents to the library at once: each file is added or refused on its own, and a
 * refusal names its file in words about the library (not about sending).
 */
import type { Browser } from 'playwright-core';
import { ANNA, type TestRuntime } from '../support/runtime';
import * as sample from '../support/sample-files';
import { startRuntimeAndBrowser } from '../support/e2e-world';
import { ADMIN, MILA, openConsole, pagesClosedAfterEach, startChat } from './steps';

let runtime: TestRuntime;
let browser: Browser;

startRuntimeAndBrowser((started) => ({ runtime, browser } = started));
const track = pagesClosedAfterEach();

test('of three files chosen at once, the two allowed are added although the middle one is refused, which is named', async () => {
  const desk = track(await openConsole(browser, runtime, ADMIN, 'Present'));
  const shop = track(await startChat(browser, runtime, { ...MILA, question: 'Do you have a size guide?' }));
  await desk.getByRole('button', { name: 'Get next in queue' }).click();
  await shop.getByText(`You are chatting with ${ADMIN.name}.`).waitFor();

  await desk.getByRole('button', { name: 'Documents' }).click();
  const library = desk.getByRole('dialog', { name: 'Document library' });
  await library.getByText('No documents in the library yet.').waitFor();
  await library.locator('input[type=file]').setInputFiles([
    { name: 'Size guide.pdf', mimeType: 'application/pdf', buffer: sample.pdf() },
    { name: 'installer.exe', mimeType: 'application/octet-stream', buffer: sample.exe() },
    { name: 'Care tips.txt', mimeType: 'text/plain', buffer: sample.text() },
  ]);

  await library.getByRole('button', { name: 'Send Care tips.txt' }).waitFor();
  await library.getByRole('button', { name: 'Send Size guide.pdf' }).waitFor();
  expect(await library.getByRole('button', { name: 'Send installer.exe' }).count()).toBe(0);
  const refusal = library.getByRole('alert');
  expect(await refusal.textContent()).toBe(
    'installer.exe was not added to the library: only images (PNG, JPEG, GIF, WebP), PDF, Office documents and plain text can be added.',
  );
  await library.getByRole('button', { name: 'Add document' }).waitFor();

  // The library kept both: closed and opened again, they are listed; the refusal is gone.
  await desk.keyboard.press('Escape');
  await library.waitFor({ state: 'detached' });
  await desk.getByRole('button', { name: 'Documents' }).click();
  await library.getByRole('button', { name: 'Send Care tips.txt' }).waitFor();
  expect(await library.locator('.attachment-name').allTextContents()).toEqual(['Care tips.txt', 'Size guide.pdf']);
  expect(await library.getByRole('alert').textContent()).toBe('');
}, 60_000);

test('an admin keeps the library from the Admin tab, with no chat open; agents send what was added there', async () => {
  const admin = track(await openConsole(browser, runtime, ADMIN, 'Away'));
  await admin.getByRole('tab', { name: 'Admin' }).click();
  const card = admin.getByRole('region', { name: 'Document library' });
  await card.locator('input[type=file]').setInputFiles([{ name: 'Returns form.pdf', mimeType: 'application/pdf', buffer: sample.pdf() }]);
  await card.getByRole('button', { name: 'Remove Returns form.pdf from the library' }).waitFor();
  // Nothing to send it to here.
  expect(await card.getByRole('button', { name: 'Send Returns form.pdf' }).count()).toBe(0);

  const anna = track(await openConsole(browser, runtime, ANNA, 'Present'));
  const shop = track(await startChat(browser, runtime, { ...MILA, question: 'How do I send something back?' }));
  await anna.getByRole('button', { name: 'Get next in queue' }).click();
  await shop.getByText(`You are chatting with ${ANNA.name}.`).waitFor();
  await anna.getByRole('button', { name: 'Documents' }).click();
  await anna.getByRole('dialog', { name: 'Document library' }).getByRole('button', { name: 'Send Returns form.pdf' }).click();
  await shop.getByText('Returns form.pdf').waitFor();
}, 60_000);
