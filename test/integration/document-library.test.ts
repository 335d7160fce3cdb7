/** The document library: an admin adds a document, agents list it and send it into a chat as a file. */
import type { DocumentUploadResponse, DocumentView } from '../../functions/protocol';
import { ANNA, type TestRuntime } from '../support/runtime';
import { api, Client, connectAgent, connectCustomer, loginAgent } from '../support/clients';
import { putTo } from '../support/files';
import * as sample from '../support/sample-files';
import { runtimePerFile } from '../support/runtime-world';

let runtime: TestRuntime;
const clients: Client[] = [];

runtimePerFile((started) => (runtime = started), clients);

const token = async (email: string, password: string) => (await loginAgent(runtime.url, email, password)).token;

/** Uploads a document as the admin and adds it to the library; returns the add response. */
async function addToLibrary(name: string, bytes: Buffer) {
  const admin = await token('admin@parley.test', 'parley-admin');
  const started = await api<DocumentUploadResponse>(runtime.url, '/api/documents', { token: admin, body: { name, size: bytes.length } });
  expect(await putTo(started.body.url, bytes)).toBe(200);
  return api<DocumentView & { error?: string }>(runtime.url, `/api/documents/${started.body.documentId}`, { token: admin, body: { name, size: bytes.length } });
}

test('an admin adds a PDF and agents see it in the library', async () => {
  const added = await addToLibrary('Returns policy.pdf', sample.pdf());
  expect(added).toMatchObject({ status: 201, body: { name: 'Returns policy.pdf', type: 'application/pdf', size: sample.pdf().length, addedBy: 'Carla Admin' } });

  const listed = await api<{ documents: DocumentView[] }>(runtime.url, '/api/documents', { method: 'GET', token: await token(ANNA.email, ANNA.password) });
  expect(listed.body.documents.map((d) => d.documentId)).toContain(added.body.documentId);
});

test('a document whose content is not allowed is refused and not listed', async () => {
  const added = await addToLibrary('handbook.pdf', sample.exe());
  expect(added).toMatchObject({ status: 415, body: { error: expect.stringContaining('handbook.pdf cannot be sent') } });

  const listed = await api<{ documents: DocumentView[] }>(runtime.url, '/api/documents', { method: 'GET', token: await token(ANNA.email, ANNA.password) });
  expect(listed.body.documents.map((d) => d.name)).not.toContain('handbook.pdf');
});

test('an agent who is not an admin cannot add documents', async () => {
  const res = await api<{ error: string }>(runtime.url, '/api/documents', { token: await token(ANNA.email, ANNA.password), body: { name: 'x.pdf', size: 10 } });
  expect(res).toEqual({ status: 403, body: { error: 'Only admins may change the document library' } });
});

test('an agent sends a library document and the customer downloads it', async () => {
  const { body: document } = await addToLibrary('Size guide.pdf', sample.pdf());
  const [customer, anna] = await Promise.all([connectCustomer(runtime.url, runtime.wsUrl), connectAgent(runtime.url, runtime.wsUrl, ANNA.email, ANNA.password)]);
  clients.push(customer, anna);
  customer.send({ action: 'chat.start', chatId: 'library-chat-0001', name: 'Mila', email: 'mila@example.com', question: 'Which size?' });
  await customer.next('chat');
  anna.send({ action: 'queue.claim', chatId: 'library-chat-0001' });
  await customer.next('message', (f) => f.message.event === 'joined');

  anna.send({ action: 'document.send', chatId: 'library-chat-0001', clientMessageId: 'anna-doc-0001', documentId: document.documentId });

  const { message } = await customer.next('message', (f) => f.message.clientMessageId === 'anna-doc-0001');
  expect(message).toMatchObject({ kind: 'file', text: 'Size guide.pdf', file: { name: 'Size guide.pdf', type: 'application/pdf' } });
  customer.send({ action: 'file.download', ref: 'doc', chatId: 'library-chat-0001', seq: message.seq });
  const link = await customer.next('file.url', (f) => f.ref === 'doc');
  expect(Buffer.from(await (await fetch(link.url)).arrayBuffer()).equals(sample.pdf())).toBe(true);
});

describe('removing a document', () => {
  test('takes it out of the library, while a chat it was sent to keeps its copy', async () => {
    const { body: document } = await addToLibrary('Old price list.pdf', sample.pdf());
    const [customer, anna] = await Promise.all([connectCustomer(runtime.url, runtime.wsUrl), connectAgent(runtime.url, runtime.wsUrl, ANNA.email, ANNA.password)]);
    clients.push(customer, anna);
    customer.send({ action: 'chat.start', chatId: 'library-chat-0002', name: 'Mila', email: 'mila@example.com', question: 'Prices?' });
    await customer.next('chat');
    anna.send({ action: 'queue.claim', chatId: 'library-chat-0002' });
    await customer.next('message', (f) => f.message.event === 'joined');
    anna.send({ action: 'document.send', chatId: 'library-chat-0002', clientMessageId: 'anna-doc-0002', documentId: document.documentId });
    const { message } = await customer.next('message', (f) => f.message.clientMessageId === 'anna-doc-0002');

    const removed = await api(runtime.url, `/api/documents/${document.documentId}/remove`, { token: await token('admin@parley.test', 'parley-admin') });

    expect(removed.status).toBe(204);
    const listed = await api<{ documents: DocumentView[] }>(runtime.url, '/api/documents', { method: 'GET', token: await token(ANNA.email, ANNA.password) });
    expect(listed.body.documents.map((d) => d.documentId)).not.toContain(document.documentId);
    customer.send({ action: 'file.download', ref: 'kept', chatId: 'library-chat-0002', seq: message.seq });
    const link = await customer.next('file.url', (f) => f.ref === 'kept');
    expect((await fetch(link.url)).status).toBe(200);
  });

  test('is for admins only', async () => {
    const { body: document } = await addToLibrary('Returns form.pdf', sample.pdf());

    const refused = await api<{ error: string }>(runtime.url, `/api/documents/${document.documentId}/remove`, { token: await token(ANNA.email, ANNA.password) });

    expect(refused).toEqual({ status: 403, body: { error: 'Only admins may change the document library' } });
  });
});
