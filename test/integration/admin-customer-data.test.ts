/**
 * `npm run admin -- customer-export | customer-erase`: one customer's data, found by email address,
 * exported or erased whole (contacts, chats and their messages and files, requests, mail, history rows),
 * leaving every other customer's data as it was; refused while one of their chats goes on.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { ContactCreateResponse, OfflineRequestResponse } from '../../functions/protocol';
import { api, Client, connectAgent, connectCustomer, loginAgent, newVisitor } from '../support/clients';
import { claimedChat } from '../support/chat-setup';
import { objectExists, uploadAndSend } from '../support/files';
import * as sample from '../support/sample-files';
import { ANNA, type TestRuntime } from '../support/runtime';
import { runtimePerFile } from '../support/runtime-world';
import { adminCommand } from '../support/admin-command';

const admin = adminCommand;

let runtime: TestRuntime;
const clients: Client[] = [];
runtimePerFile((started) => (runtime = started), clients);

type Item = Record<string, unknown>;
const lines = (text: string): Item[] => text.trim().split('\n').filter(Boolean).map((line) => JSON.parse(line) as Item);
const exportAll = async () => lines((await admin(runtime.dataDir, 'export')).stdout);
const mentions = (items: Item[], text: string) => items.filter((item) => JSON.stringify(item).toLowerCase().includes(text));

async function eventually<T>(read: () => Promise<T>, done: (value: T) => boolean): Promise<T> {
  for (let attempt = 0; ; attempt += 1) {
    const value = await read();
    if (done(value) || attempt === 100) return value;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

test("a customer's data is exported and erased by address, files included; another customer's stays", async () => {
  const login = await loginAgent(runtime.url, ANNA.email, ANNA.password);
  const contact = await api<ContactCreateResponse>(runtime.url, '/api/contacts', { token: login.token, body: { name: 'Mila Bakker', email: 'mila@example.com' } });
  expect(contact.status).toBe(201);
  const anna = await connectAgent(runtime.url, runtime.wsUrl, ANNA.email, ANNA.password);
  const mila = await connectCustomer(runtime.url, runtime.wsUrl);
  const sam = await connectCustomer(runtime.url, runtime.wsUrl);
  clients.push(anna, mila, sam);

  // Mila's chat (answered, so linked to her contact at once), with a file and a request made from it.
  await claimedChat(anna, mila, 'erase-mila-1', { name: 'Mila Bakker', email: 'Mila@Example.com', question: 'Where is my parcel 4711?' });
  const fileId = await uploadAndSend(mila, 'erase-mila-1', 'receipt.pdf', sample.pdf(), 'mila-file-0001');
  await anna.next('message', (f) => f.message.chatId === 'erase-mila-1' && !!f.message.file);
  anna.send({ action: 'request.create', ref: 'r1', chatId: 'erase-mila-1', title: 'Lost parcel', clientRequestId: 'erase-req-1' });
  await anna.next('request.created', (f) => f.ref === 'r1');
  // Sam's chat, which must outlive Mila's erasure.
  await claimedChat(anna, sam, 'erase-sam-1', { name: 'Sam Jansen', email: 'sam@example.com', question: 'Do you ship to Belgium?' });
  // And an offline-form request from Mila's address.
  const visitor = await newVisitor(runtime.url);
  const offline = await api<OfflineRequestResponse>(runtime.url, '/api/offline-requests', { token: visitor.token, body: { name: 'Mila', email: 'mila@example.com', message: 'Call me back on 0612345678' } });
  expect(offline.status).toBe(201);

  // While her chat goes on, erasure is refused and changes nothing.
  const refused = await admin(runtime.dataDir, 'customer-erase', '--email', 'mila@example.com', '--yes');
  expect(refused).toMatchObject({ code: 1, stderr: expect.stringContaining('Chat erase-mila-1 of this customer is still going on; end it first') });
  expect(mentions(await exportAll(), 'mila').length).toBeGreaterThan(0);

  anna.send({ action: 'chat.end', ref: 'end-mila', chatId: 'erase-mila-1' });
  await mila.next('chat', (f) => f.chat.status === 'ended');
  // The bus writes the chat's history row and activity after it ends.
  await eventually(exportAll, (items) => items.some((i) => String(i.pk).startsWith('HISTORY#') && i.chatId === 'erase-mila-1'));

  const exported = await admin(runtime.dataDir, 'customer-export', '--email', 'MILA@example.com', '--out', join(runtime.dataDir, 'mila.jsonl'));
  expect(exported.code).toBe(0);
  expect(exported.stderr).toMatch(/Exported the data of mila@example\.com to .*mila\.jsonl: 1 chat, 1 contact, 2 requests, 0 mails, 1 file, \d+ items in all/);
  expect(exported.stderr).toContain(`file in the files bucket: chats/erase-mila-1/${fileId}`);
  const milas = lines(await readFile(join(runtime.dataDir, 'mila.jsonl'), 'utf8'));
  expect(milas.map((i) => i.text)).toContain('Where is my parcel 4711?');
  expect(milas.filter((i) => i.pk === 'REQUESTS').map((i) => i.message).sort()).toEqual(['Call me back on 0612345678', 'Where is my parcel 4711?']);
  expect(milas.some((i) => JSON.stringify(i).includes('sam@example.com'))).toBe(false);

  const dryRun = await admin(runtime.dataDir, 'customer-erase', '--email', 'mila@example.com');
  expect(dryRun.stdout).toContain('Would erase the data of mila@example.com: 1 chat, 1 contact, 2 requests');
  expect(dryRun.stdout).toContain('Nothing was erased');
  expect(await objectExists(runtime, `chats/erase-mila-1/${fileId}`)).toBe(true);

  const erased = await admin(runtime.dataDir, 'customer-erase', '--email', 'mila@example.com', '--yes');
  expect(erased).toMatchObject({ code: 0, stdout: expect.stringContaining('Erased the data of mila@example.com: 1 chat, 1 contact, 2 requests') });

  const after = await exportAll();
  // Nothing of hers is left anywhere, the audit log's record of the erasure included, but the record of
  // her open connection: it names only the chat's id, and expires with the connection (2 hours at most).
  expect(mentions(after, 'mila').filter((i) => !String(i.pk).startsWith('CONN#'))).toEqual([]);
  expect(mentions(after, 'mila').map((i) => Object.keys(i).sort())).toEqual([['chatId', 'connectedAt', 'connectionId', 'expiresAt', 'name', 'pk', 'role', 'sk', 'subject', 'tat']]);
  expect(mentions(after, '4711')).toEqual([]);
  expect(await objectExists(runtime, `chats/erase-mila-1/${fileId}`)).toBe(false);
  const audit = after.filter((i) => i.pk === 'AUDIT' && i.action === 'customer.erased');
  expect(audit).toMatchObject([{ after: { chats: '1', contacts: '1', requests: '2', files: '1' } }]);
  // Sam's chat is untouched, and still going on.
  expect(after.find((i) => i.pk === 'CHAT#erase-sam-1' && i.sk === 'CHAT')).toMatchObject({ status: 'active', customerEmail: 'sam@example.com' });
  expect((await admin(runtime.dataDir, 'customer-erase', '--email', 'mila@example.com', '--yes')).stdout).toContain('No data of mila@example.com found; nothing was erased');
});

test('an address that is none is refused before anything is read', async () => {
  const refused = await admin(runtime.dataDir, 'customer-erase', '--email', 'not-an-address', '--yes');
  expect(refused).toMatchObject({ code: 2, stderr: expect.stringContaining('not-an-address is not an email address') });
  expect((await admin(runtime.dataDir, 'customer-export')).stderr).toContain('customer-export needs --email');
});
