/**
 * Files in a chat through the real gateway, handlers, dynalite and the local S3: presigned upload,
 * the content check, the file message, and downloads only for the chat's participants.
 */
import { GetObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { getSignedUrl } from '@aws-sdk/s3-request-presigner';
import { ANNA, BRAM, type TestRuntime } from '../support/runtime';
import { runtimePerFile } from '../support/runtime-world';
import { Client, connectAgent, connectCustomer } from '../support/clients';
import { objectExists, putTo, uploadAndSend } from '../support/files';
import * as sample from '../support/sample-files';
import { claimedChat } from '../support/chat-setup';
import { ADMIN } from '../support/admin';

const MAX_BYTES = 64 * 1024;
let runtime: TestRuntime;
const clients: Client[] = [];
let chats = 0;

runtimePerFile((started) => (runtime = started), clients, { maxFileBytes: MAX_BYTES });

/** A chat answered by Anna: the customer's and Anna's connections. */
async function activeChat() {
  const chatId = `files-chat-${String(++chats).padStart(4, '0')}`;
  const [customer, anna] = await Promise.all([connectCustomer(runtime.url, runtime.wsUrl), connectAgent(runtime.url, runtime.wsUrl, ANNA.email, ANNA.password)]);
  clients.push(customer, anna);
  await claimedChat(anna, customer, chatId, { name: 'Mila', email: 'mila@example.com', question: 'Can I send a photo?' });
  await anna.next('message', (f) => f.message.chatId === chatId && f.message.event === 'joined');
  return { chatId, customer, anna };
}

async function download(client: Client, chatId: string, seq: number, ref: string) {
  client.send({ action: 'file.download', ref, chatId, seq });
  return client.nextMatching((f) => (f.type === 'file.url' || f.type === 'error') && f.ref === ref);
}

test('a customer uploads an image, both sides get the file message, and the agent downloads its bytes', async () => {
  const { chatId, customer, anna } = await activeChat();

  const fileId = await uploadAndSend(customer, chatId, 'photo of the chair.png', sample.png(), 'mila-file-0001');

  const received = (await anna.next('message', (f) => f.message.clientMessageId === 'mila-file-0001')).message;
  expect(received).toMatchObject({ kind: 'file', text: 'photo of the chair.png', author: { role: 'customer' }, file: { fileId, name: 'photo of the chair.png', size: sample.png().length, type: 'image/png' } });
  expect((await customer.next('message', (f) => f.message.clientMessageId === 'mila-file-0001')).message.seq).toBe(received.seq);
  const link = await download(anna, chatId, received.seq, 'dl-1');
  if (link.type !== 'file.url') throw new Error(JSON.stringify(link));
  const res = await fetch(link.url);
  expect(res.status).toBe(200);
  expect(res.headers.get('content-type')).toBe('image/png');
  expect(Buffer.from(await res.arrayBuffer()).equals(sample.png())).toBe(true);
});

test('a non-image is offered for download under its own name', async () => {
  const { chatId, customer, anna } = await activeChat();
  await uploadAndSend(anna, chatId, 'Opdracht één.pdf', sample.pdf(), 'anna-file-0002');
  const received = (await customer.next('message', (f) => f.message.clientMessageId === 'anna-file-0002')).message;

  const link = await download(customer, chatId, received.seq, 'dl-2');
  if (link.type !== 'file.url') throw new Error(JSON.stringify(link));
  const res = await fetch(link.url);
  expect(res.headers.get('content-disposition')).toBe("attachment; filename=\"Opdracht __n.pdf\"; filename*=UTF-8''Opdracht%20%C3%A9%C3%A9n.pdf");
});

test('a crafted file name stays inside the download\'s file name and cannot add header parameters', async () => {
  const { chatId, customer, anna } = await activeChat();
  const name = 'a"; filename="evil.html\\"; %0d%0aSet-Cookie: x=1; <b>.pdf';
  await uploadAndSend(customer, chatId, name, sample.pdf(), 'mila-file-0009');
  const received = (await anna.next('message', (f) => f.message.clientMessageId === 'mila-file-0009')).message;

  const link = await download(anna, chatId, received.seq, 'dl-9');
  if (link.type !== 'file.url') throw new Error(JSON.stringify(link));
  const res = await fetch(link.url);
  expect(res.headers.get('content-disposition')).toBe(
    'attachment; filename="a_; filename=_evil.html__; _0d_0aSet-Cookie: x=1; <b>.pdf"; '
    + "filename*=UTF-8''a%22%3B%20filename%3D%22evil.html%5C%22%3B%20%250d%250aSet-Cookie%3A%20x%3D1%3B%20%3Cb%3E.pdf",
  );
  expect(res.headers.get('set-cookie')).toBeNull();
});

test('a file name with a line break is refused before anything is uploaded', async () => {
  const { chatId, customer } = await activeChat();
  customer.send({ action: 'file.upload', ref: 'crlf', chatId, name: 'a.pdf\r\nSet-Cookie: x=1', size: 10 });
  expect(await customer.next('error', (f) => f.ref === 'crlf')).toMatchObject({ code: 'bad-frame', message: expect.stringMatching(/name.*control characters/) });
  expect(customer.frames.some((f) => f.type === 'file.upload')).toBe(false);
});

test('an accepted file leaves the upload area, which the bucket empties daily, for the chat\'s own files', async () => {
  const { chatId, customer } = await activeChat();

  const fileId = await uploadAndSend(customer, chatId, 'photo.png', sample.png(), 'mila-file-0008');
  await customer.next('message', (f) => f.message.clientMessageId === 'mila-file-0008');

  expect(await objectExists(runtime, `uploads/chats/${chatId}/${fileId}`)).toBe(false);
  expect(await objectExists(runtime, `chats/${chatId}/${fileId}`)).toBe(true);
});

test('a resent file message is stored once', async () => {
  const { chatId, customer } = await activeChat();
  const fileId = await uploadAndSend(customer, chatId, 'notes.txt', sample.text(), 'mila-file-0003');
  await customer.next('message', (f) => f.message.clientMessageId === 'mila-file-0003');

  customer.send({ action: 'file.send', ref: 'again', chatId, clientMessageId: 'mila-file-0003', fileId, name: 'notes.txt' });

  expect(await customer.next('duplicate', (f) => f.ref === 'again')).toMatchObject({ clientMessageId: 'mila-file-0003' });
  expect(customer.messages(chatId).filter((m) => m.kind === 'file')).toHaveLength(1);
});

test('a file above the size limit is refused before any upload URL is issued', async () => {
  const { chatId, customer } = await activeChat();

  customer.send({ action: 'file.upload', ref: 'big', chatId, name: 'video.png', size: MAX_BYTES + 1 });

  // One byte over does not read as the limit itself.
  expect(await customer.next('error', (f) => f.ref === 'big')).toMatchObject({ code: 'file-too-large', message: 'video.png is just over the limit; files can be at most 0.1 MB', limit: MAX_BYTES });
  expect(customer.frames.some((f) => f.type === 'file.upload')).toBe(false);
});

test('an empty file is refused by its name, as a file that cannot be sent, before any upload URL is issued', async () => {
  const { chatId, customer } = await activeChat();

  customer.send({ action: 'file.upload', ref: 'empty', chatId, name: 'notes.txt', size: 0 });

  expect(await customer.next('error', (f) => f.ref === 'empty')).toMatchObject({ code: 'file-type-not-allowed', message: 'notes.txt is empty; there is nothing to send' });
  expect(customer.frames.some((f) => f.type === 'file.upload')).toBe(false);
});

test('the bucket refuses a body longer than the size that was signed', async () => {
  const { chatId, customer } = await activeChat();
  customer.send({ action: 'file.upload', ref: 'small', chatId, name: 'small.png', size: 10 });
  const grant = await customer.next('file.upload', (f) => f.ref === 'small');

  expect(await putTo(grant.url, Buffer.alloc(MAX_BYTES * 2))).toBe(403);
  expect(await objectExists(runtime, `uploads/chats/${chatId}/${grant.fileId}`)).toBe(false);
});

test('an executable with a harmless name is refused by its content, deleted, and leaves no message', async () => {
  const { chatId, customer, anna } = await activeChat();

  const fileId = await uploadAndSend(customer, chatId, 'invoice.pdf', sample.exe(), 'mila-file-0004');

  expect(await customer.next('error', (f) => f.ref === 'mila-file-0004')).toMatchObject({ code: 'file-type-not-allowed', message: expect.stringContaining('invoice.pdf cannot be sent') });
  expect(await objectExists(runtime, `uploads/chats/${chatId}/${fileId}`)).toBe(false);
  expect(await objectExists(runtime, `chats/${chatId}/${fileId}`)).toBe(false);
  anna.send({ action: 'sync', cursors: { [chatId]: 0 } });
  await anna.next('synced', (f) => f.chatIds.includes(chatId));
  expect(anna.messages(chatId).filter((m) => m.kind === 'file')).toEqual([]);
});

test('another customer asking for the file hears the same as for a file that does not exist', async () => {
  const { chatId, customer } = await activeChat();
  await uploadAndSend(customer, chatId, 'photo.png', sample.png(), 'mila-file-0005');
  const { seq } = (await customer.next('message', (f) => f.message.clientMessageId === 'mila-file-0005')).message;
  const stranger = await connectCustomer(runtime.url, runtime.wsUrl);
  clients.push(stranger);

  const refused = await download(stranger, chatId, seq, 'peek');
  const missing = await download(customer, chatId, seq + 50, 'peek');

  expect(refused).toEqual({ type: 'error', ref: 'peek', code: 'not-found', message: 'No such file' });
  expect(missing).toEqual(refused);
});

test("an agent who is not in the chat gets no download link while it goes on; once it has ended, its transcript's files are every agent's to open", async () => {
  const { chatId, customer, anna } = await activeChat();
  await uploadAndSend(customer, chatId, 'photo.png', sample.png(), 'mila-file-0006');
  const { seq } = (await customer.next('message', (f) => f.message.clientMessageId === 'mila-file-0006')).message;
  const bram = await connectAgent(runtime.url, runtime.wsUrl, BRAM.email, BRAM.password);
  clients.push(bram);

  expect(await download(bram, chatId, seq, 'bram')).toMatchObject({ type: 'error', code: 'not-found' });
  anna.send({ action: 'chat.end', chatId });
  await anna.next('chat', (f) => f.chat.chatId === chatId && f.chat.status === 'ended');
  expect(await download(bram, chatId, seq, 'bram-after')).toMatchObject({ type: 'file.url' });
});

test('an agent listening in opens the files of the chat, and no longer once they stop listening', async () => {
  const { chatId, customer } = await activeChat();
  await uploadAndSend(customer, chatId, 'photo.png', sample.png(), 'mila-file-0009');
  const { seq } = (await customer.next('message', (f) => f.message.clientMessageId === 'mila-file-0009')).message;
  const carla = await connectAgent(runtime.url, runtime.wsUrl, ADMIN.email, ADMIN.password);
  clients.push(carla);
  carla.send({ action: 'chat.listen', chatId });
  await carla.next('chat', (f) => f.chat.chatId === chatId);

  expect(await download(carla, chatId, seq, 'listening')).toMatchObject({ type: 'file.url' });
  carla.send({ action: 'chat.unlisten', chatId });
  await runtime.idle();
  expect(await download(carla, chatId, seq, 'after')).toMatchObject({ type: 'error', code: 'not-found' });
});

describe('a download URL', () => {
  let url: string;
  let key: string;
  beforeAll(async () => {
    const { chatId, customer } = await activeChat();
    const fileId = await uploadAndSend(customer, chatId, 'photo.png', sample.png(), 'mila-file-0007');
    const { seq } = (await customer.next('message', (f) => f.message.clientMessageId === 'mila-file-0007')).message;
    const link = await download(customer, chatId, seq, 'url');
    if (link.type !== 'file.url') throw new Error(JSON.stringify(link));
    url = link.url;
    key = `chats/${chatId}/${fileId}`;
  });

  test('that was altered to reach another object is refused', async () => {
    const res = await fetch(url.replace(/\/chats\/[^/]+\//, '/chats/files-chat-0001/'));
    expect(res.status).toBe(403);
    expect(await res.text()).toContain('SignatureDoesNotMatch');
  });

  test('that has expired is refused', async () => {
    const s3 = new S3Client({ endpoint: runtime.s3Endpoint, region: runtime.region, credentials: runtime.credentials, forcePathStyle: true });
    const expired = await getSignedUrl(s3, new GetObjectCommand({ Bucket: runtime.filesBucket, Key: key }), { expiresIn: 60, signingDate: new Date(Date.now() - 10 * 60_000) });
    s3.destroy();
    const res = await fetch(expired);
    expect(res.status).toBe(403);
    expect(await res.text()).toContain('Request has expired');
  });
});
