/**
 * File names are text: every XSS payload as the name of a file the customer sends from the widget,
 * of one the agent sends from the console, and of a library document, shown in the real console
 * and widget. No dialog opens, no payload runs, no element from a payload appears.
 */
import type { Browser, Locator } from 'playwright-core';
import type { DocumentUploadResponse, DocumentView } from '../../functions/protocol';
import { api, loginAgent } from '../support/clients';
import { putTo } from '../support/files';
import { ANNA, type TestRuntime } from '../support/runtime';
import * as sample from '../support/sample-files';
import { XSS_PAYLOADS } from '../support/security/xss-payloads';
import { openWatched, QUIET } from '../support/security/xss-watch';
import { ADMIN } from '../support/admin';
import { setStatus, MILA } from './steps';
import { askQuestion, conversation, launcher } from './widget-steps';
import { startRuntimeAndBrowser } from '../support/e2e-world';

let runtime: TestRuntime;
let browser: Browser;

startRuntimeAndBrowser((started) => ({ runtime, browser } = started));

/** Adds a document to the library as the admin, as the console's Documents dialog does. */
async function addToLibrary(token: string, name: string, bytes: Buffer): Promise<void> {
  const started = await api<DocumentUploadResponse>(runtime.url, '/api/documents', { token, body: { name, size: bytes.length } });
  expect(await putTo(started.body.url, bytes)).toBe(200);
  const added = await api<DocumentView>(runtime.url, `/api/documents/${started.body.documentId}`, { token, body: { name, size: bytes.length } });
  expect(added.status).toBe(201);
}

/** Waits until each payload shows as the customer's image (named by it) and, with the agent's text file, twice as text; the one sent from the library three times. */
async function showsEveryName(where: Locator, fileMessage: string): Promise<void> {
  // Every file message has arrived (each payload both ways, and one from the library) before any is looked at.
  await where.locator(fileMessage).nth(2 * XSS_PAYLOADS.length).waitFor();
  for (const payload of XSS_PAYLOADS) {
    await where.getByRole('img', { name: payload, exact: true }).first().waitFor();
    await where.getByText(payload).nth(payload === XSS_PAYLOADS[1] ? 2 : 1).waitFor();
  }
}

test('file names sent by the customer, by the agent and from the library are text in the console and the widget', async () => {
  const adminToken = (await loginAgent(runtime.url, ADMIN.email, ADMIN.password)).token;
  for (const payload of XSS_PAYLOADS) await addToLibrary(adminToken, payload, sample.pdf());
  const desk = await openWatched(browser, runtime.url + '/agent/');
  await desk.page.getByLabel('Email').fill(ANNA.email);
  await desk.page.getByLabel('Password').fill(ANNA.password);
  await desk.page.getByRole('button', { name: 'Log in' }).click();
  await setStatus(desk.page, 'Present');
  const shop = await openWatched(browser, runtime.url + '/demo/');
  await launcher(shop.page).click();
  await askQuestion(shop.page, MILA);
  await desk.page.getByRole('button', { name: 'Get next in queue' }).click();
  await shop.page.getByText(`You are chatting with ${ANNA.name}.`).waitFor();

  await shop.page.locator('input[type=file]').setInputFiles(XSS_PAYLOADS.map((name) => ({ name, mimeType: 'image/png', buffer: sample.png() })));
  await desk.page.locator('.composer input[type=file]').setInputFiles(XSS_PAYLOADS.map((name) => ({ name, mimeType: 'text/plain', buffer: sample.text() })));
  await desk.page.getByRole('button', { name: 'Documents' }).click();
  const library = desk.page.getByRole('dialog', { name: 'Document library' });
  for (const payload of XSS_PAYLOADS) await library.getByText(payload, { exact: true }).waitFor();
  // Looked at while the library is open, as sending closes it.
  expect(await desk.findings()).toEqual(QUIET);
  await library.getByRole('button', { name: `Send ${XSS_PAYLOADS[1]}`, exact: true }).click();

  await showsEveryName(desk.page.getByRole('list', { name: 'Conversation' }), '.attachment');
  await showsEveryName(conversation(shop.page), '.file');

  expect(await desk.findings()).toEqual(QUIET);
  expect(await shop.findings()).toEqual(QUIET);
}, 120_000);
