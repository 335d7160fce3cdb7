/** Predefined replies over HTTP: who may change what, favourites and recent uses, and that it all outlives a restart. */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { RepliesResponse, ReplyView } from '../../functions/protocol';
import { ANNA, BRAM, startTestRuntime, type TestRuntime } from '../support/runtime';
import { ADMIN } from '../support/admin';
import { runtimePerFile } from '../support/runtime-world';
import { api, connectAgent, connectCustomer, loginAgent } from '../support/clients';


let runtime: TestRuntime;
let anna: string;
let bram: string;
let admin: string;

runtimePerFile(async (started) => {
  runtime = started;
  [anna, bram, admin] = await Promise.all([ANNA, BRAM, ADMIN].map(async (who) => (await loginAgent(runtime.url, who.email, who.password)).token));
});

let n = 0;
const newId = () => `reply-${Date.now().toString(36)}-${++n}`;
const create = (token: string, body: object) => api<ReplyView & { error?: string }>(runtime.url, '/api/replies', { token, body: { replyId: newId(), ...body } });
const list = async (token: string, base = runtime.url) => (await api<RepliesResponse>(base, '/api/replies', { method: 'GET', token })).body;
const titles = async (token: string) => (await list(token)).replies.map((r) => r.title).sort();

const faq = { kind: 'faq', shared: true, folder: 'Shipping', title: 'Do you ship to Belgium?', text: 'Yes, within three working days.' };

test('an admin adds a shared FAQ and every agent sees it', async () => {
  const res = await create(admin, faq);
  expect(res.status).toBe(201);
  expect((await list(bram)).replies).toContainEqual(expect.objectContaining({ replyId: res.body.replyId, kind: 'faq', shared: true, folder: 'Shipping', text: faq.text }));
});

test('an agent who is not an admin may not add a shared reply: 403 and nothing stored', async () => {
  const res = await create(anna, { kind: 'template', shared: true, title: 'Sneaky template', text: 'Hi' });
  expect(res).toEqual({ status: 403, body: { error: 'Only admins may change shared replies' } });
  expect(await titles(admin)).not.toContain('Sneaky template');
});

test('an agent who is not an admin may neither edit nor delete a shared reply, and it stays as it was', async () => {
  const { body: shared } = await create(admin, { kind: 'quick', shared: true, title: 'Opening hours', text: 'We are open 9 to 5.' });
  const edit = await api(runtime.url, `/api/replies/${shared.replyId}`, { token: anna, body: { title: 'Opening hours', text: 'Changed' } });
  const remove = await api(runtime.url, `/api/replies/${shared.replyId}/delete`, { token: anna });
  expect([edit.status, remove.status]).toEqual([403, 403]);
  expect((await list(anna)).replies.find((r) => r.replyId === shared.replyId)?.text).toBe('We are open 9 to 5.');
});

test("an agent's own quick reply is theirs alone: others neither see nor change it", async () => {
  const { body: mine } = await create(anna, { kind: 'quick', shared: false, title: 'Anna signs off', text: 'Have a lovely day! Anna' });
  expect(await titles(anna)).toContain('Anna signs off');
  expect(await titles(bram)).not.toContain('Anna signs off');
  const edit = await api(runtime.url, `/api/replies/${mine.replyId}`, { token: bram, body: { title: 'x', text: 'y' } });
  expect(edit.status).toBe(404);
});

test('an agent edits and deletes their own quick reply', async () => {
  const { body: mine } = await create(bram, { kind: 'quick', shared: false, folder: 'Greetings', title: 'Hello', text: 'Hello!' });
  const edit = await api<ReplyView>(runtime.url, `/api/replies/${mine.replyId}`, { token: bram, body: { folder: 'Greetings', title: 'Hello there', text: 'Hello there!' } });
  expect(edit.body).toMatchObject({ title: 'Hello there', text: 'Hello there!', folder: 'Greetings', kind: 'quick', shared: false });
  expect((await api(runtime.url, `/api/replies/${mine.replyId}/delete`, { token: bram })).status).toBe(204);
  expect((await list(bram)).replies.some((r) => r.replyId === mine.replyId)).toBe(false);
});

test('a create sent twice stores one reply', async () => {
  const body = { replyId: newId(), kind: 'quick', shared: false, title: 'Twice', text: 'Once only' };
  const first = await api(runtime.url, '/api/replies', { token: anna, body });
  const again = await api(runtime.url, '/api/replies', { token: anna, body });
  expect([first.status, again.status]).toEqual([201, 200]);
  expect((await list(anna)).replies.filter((r) => r.title === 'Twice')).toHaveLength(1);
});

test('bad input is refused with the reason and stores nothing', async () => {
  const cases = [
    { kind: 'faq', shared: false, title: 'Personal FAQ', text: 'x' },
    { kind: 'faq', shared: true, title: 'Script link', text: 'x', link: 'javascript:alert(1)' },
    { kind: 'quick', shared: false, title: 'Quick with link', text: 'x', link: 'https://example.com' },
    { kind: 'quick', shared: false, title: '', text: 'x' },
  ];
  const statuses = await Promise.all(cases.map(async (body) => (await create(admin, body)).status));
  expect(statuses).toEqual([400, 400, 400, 400]);
  const stored = await titles(admin);
  expect(stored.filter((title) => ['Personal FAQ', 'Script link', 'Quick with link'].includes(title))).toEqual([]);
});

test('a template keeps its Dutch text', async () => {
  const { body } = await create(admin, { kind: 'template', shared: true, folder: 'Orders', title: 'Order status', text: 'Hi {{customer.name}}', textNl: 'Hoi {{customer.name}}' });
  expect((await list(anna)).replies.find((r) => r.replyId === body.replyId)).toMatchObject({ text: 'Hi {{customer.name}}', textNl: 'Hoi {{customer.name}}' });
});

test("favourites and recent uses are each agent's own, most recent use first", async () => {
  const [{ body: a }, { body: b }] = await Promise.all([create(admin, { ...faq, title: 'Fav A' }), create(admin, { ...faq, title: 'Fav B' })]);
  await api(runtime.url, `/api/replies/${a.replyId}/favourite`, { token: anna, body: { favourite: true } });
  await api(runtime.url, `/api/replies/${a.replyId}/used`, { token: anna });
  await api(runtime.url, `/api/replies/${b.replyId}/used`, { token: anna });
  const annas = await list(anna);
  expect(annas.favourites).toContain(a.replyId);
  expect(annas.recent.slice(0, 2)).toEqual([b.replyId, a.replyId]);
  const brams = await list(bram);
  expect([brams.favourites, brams.recent]).toEqual([[], []]);
});

test('unmarking a favourite removes it', async () => {
  const { body } = await create(admin, { ...faq, title: 'Fav then not' });
  await api(runtime.url, `/api/replies/${body.replyId}/favourite`, { token: bram, body: { favourite: true } });
  await api(runtime.url, `/api/replies/${body.replyId}/favourite`, { token: bram, body: { favourite: false } });
  expect((await list(bram)).favourites).not.toContain(body.replyId);
});

test('only admins are told they may manage shared replies', async () => {
  expect([(await list(admin)).canManageShared, (await list(anna)).canManageShared]).toEqual([true, false]);
});

test('replies, favourites and recent uses survive a restart', async () => {
  const dataDir = await mkdtemp(join(tmpdir(), 'parley-replies-'));
  const first = await startTestRuntime({ dataDir });
  let second: TestRuntime | undefined;
  try {
    const token = (await loginAgent(first.url, ANNA.email, ANNA.password)).token;
    const made = await api<ReplyView>(first.url, '/api/replies', { token, body: { replyId: 'kept-reply-01', kind: 'quick', shared: false, title: 'Kept', text: 'Still here' } });
    await api(first.url, `/api/replies/${made.body.replyId}/favourite`, { token, body: { favourite: true } });
    await api(first.url, `/api/replies/${made.body.replyId}/used`, { token });
    await first.stop();

    second = await startTestRuntime({ dataDir });
    const after = await list(token, second.url);
    expect(after.replies.map((r) => r.text)).toContain('Still here');
    expect([after.favourites, after.recent]).toEqual([['kept-reply-01'], ['kept-reply-01']]);
  } finally {
    await second?.stop();
    await rm(dataDir, { recursive: true, force: true });
  }
});

test('a chat started in Dutch tells the agent its language, so templates can be filled in Dutch', async () => {
  const customer = await connectCustomer(runtime.url, runtime.wsUrl);
  const agent = await connectAgent(runtime.url, runtime.wsUrl, ANNA.email, ANNA.password);
  try {
    customer.send({ action: 'chat.start', chatId: 'dutch-chat-0001', name: 'Mila', email: 'mila@example.com', question: 'Hallo', language: 'nl' });
    await customer.next('chat');
    agent.send({ action: 'queue.claim', chatId: 'dutch-chat-0001' });
    expect((await agent.next('chat', (f) => f.chat.chatId === 'dutch-chat-0001')).chat.language).toBe('nl');
  } finally {
    await Promise.all([customer.close(), agent.close()]);
  }
});

test('a chat started in a language the widget does not speak is refused', async () => {
  const customer = await connectCustomer(runtime.url, runtime.wsUrl);
  try {
    customer.send({ action: 'chat.start', chatId: 'klingon-chat-01', name: 'Mila', email: 'mila@example.com', question: 'Hallo', language: 'tlh' });
    expect((await customer.next('error')).message).toBe('language: language must be en or nl');
  } finally {
    await customer.close();
  }
});

test("every live console hears when an admin changes a shared reply, so Insert and / read them again; an agent's own reply is theirs alone", async () => {
  const bramConsole = await connectAgent(runtime.url, runtime.wsUrl, BRAM.email, BRAM.password);
  try {
    const changes = () => bramConsole.frames.filter((f) => f.type === 'replies.changed').length;
    const own = await create(anna, { kind: 'quick', shared: false, title: 'My own shortcut', text: 'Mine' });
    expect(own.status).toBe(201);

    const shared = await create(admin, { kind: 'quick', shared: true, title: 'Discount code', text: 'WELCOME10' });
    await bramConsole.next('replies.changed');
    const edited = await api(runtime.url, `/api/replies/${shared.body.replyId}`, { token: admin, body: { title: 'Discount code', text: 'WELCOME15' } });
    expect(edited.status).toBe(200);
    await bramConsole.next('replies.changed');
    expect((await api(runtime.url, `/api/replies/${shared.body.replyId}/delete`, { token: admin, body: {} })).status).toBe(204);
    await bramConsole.next('replies.changed');
    // Three shared changes, three frames: Anna's own reply told nobody.
    expect(changes()).toBe(3);
  } finally {
    await bramConsole.close();
  }
});
