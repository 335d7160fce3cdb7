/**
 * A file the server refuses (too big, or not an allowed kind) is named in the Dutch refusal, as the
 * English one names it: a customer who sent several knows which one did not go.
 */
import type { Browser, Page } from 'playwright-core';
import type { Client } from '../support/clients';
import { startHostSite, type HostSite } from '../support/host-page';
import type { TestRuntime } from '../support/runtime';
import * as sample from '../support/sample-files';
import { startRuntimeAndBrowser } from '../support/e2e-world';
import { answerNext, panel, presentAgent, askQuestionInDutch } from './widget-steps';

/** Small, so a file over it is quick to make and send. */
const MAX_FILE_BYTES = 1024;

let runtime: TestRuntime;
let browser: Browser;
let site: HostSite | undefined;
let anna: Client | undefined;

afterAll(async () => {
  await anna?.close();
  await site?.close();
});
startRuntimeAndBrowser(
  async (started) => {
    ({ runtime, browser } = started);
    // A retry gets a runtime of its own: the shop and Anna follow it.
    await anna?.close();
    await site?.close();
    [site, anna] = await Promise.all([startHostSite(runtime), presentAgent(runtime)]);
  },
  { maxFileBytes: MAX_FILE_BYTES },
);

async function dutchChat(): Promise<Page> {
  const shop = await site!.open(browser, { snippet: { 'data-lang': 'nl' } });
  await askQuestionInDutch(shop, { name: 'Mila Bakker', email: 'mila@example.com', question: 'Mag ik een foto van de schade sturen?' });
  await answerNext(anna!);
  await panel(shop).getByText('Je chat met', { exact: false }).waitFor();
  return shop;
}

test('a file too big and a file of a refused kind are each named in Dutch', async () => {
  const shop = await dutchChat();
  const attach = panel(shop).getByLabel('Bestand bijvoegen');

  await attach.setInputFiles({ name: 'schade.png', mimeType: 'image/png', buffer: Buffer.concat([sample.png(), Buffer.alloc(MAX_FILE_BYTES)]) });
  await panel(shop).getByRole('alert').getByText('schade.png is te groot.', { exact: true }).waitFor();

  // Named as it is, whatever it holds (`$&` means something to String.replace).
  await attach.setInputFiles({ name: 'factuur $&.pdf', mimeType: 'application/pdf', buffer: sample.exe() });
  await panel(shop).getByRole('alert').getByText('factuur $&.pdf: dit soort bestand kan niet worden verzonden.', { exact: true }).waitFor();
}, 60_000);

test('of several files chosen at once, each refused one is named with its own reason, and the good one is sent', async () => {
  const shop = await dutchChat();

  await panel(shop).getByLabel('Bestand bijvoegen').setInputFiles([
    { name: 'groot.png', mimeType: 'image/png', buffer: Buffer.concat([sample.png(), Buffer.alloc(MAX_FILE_BYTES)]) },
    { name: 'virus.pdf', mimeType: 'application/pdf', buffer: sample.exe() },
    { name: 'leeg.txt', mimeType: 'text/plain', buffer: Buffer.alloc(0) },
    { name: 'foto.png', mimeType: 'image/png', buffer: sample.png() },
  ]);

  const alerts = panel(shop).getByRole('alert');
  await alerts.getByText('groot.png is te groot.', { exact: true }).waitFor();
  await alerts.getByText('virus.pdf: dit soort bestand kan niet worden verzonden.', { exact: true }).waitFor();
  await alerts.getByText('leeg.txt: dit soort bestand kan niet worden verzonden.', { exact: true }).waitFor();
  await anna!.next('message', (f) => f.message.kind === 'file' && f.message.file?.name === 'foto.png');
  expect(anna!.frames.filter((f) => f.type === 'message' && f.message.kind === 'file').map((f) => f.type === 'message' && f.message.file?.name)).toEqual(['foto.png']);
}, 60_000);
