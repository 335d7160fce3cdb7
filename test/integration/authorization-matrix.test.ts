/**
 * Who may do what, as a table: each row is an attempt by someone who should be refused, tried once
 * against a target that exists and once against one that does not. Every row must be refused, with
 * the same answer both times (so nobody learns what exists), and the table must be unchanged after.
 * A new route or role is covered by adding rows.
 */
import { ANNA, BRAM, type TestRuntime } from '../support/runtime';
import { ADMIN } from '../support/admin';
import { runtimePerFile } from '../support/runtime-world';
import { claimedChat } from '../support/chat-setup';
import { api, Client, connectAgent, connectCustomer, loginAgent, newVisitor, ticketFor } from '../support/clients';
import { expiredTicket, forgedAgentTokens } from '../support/security/forged-tokens';
import { defaultChannelSettings } from '../../functions/protocol/channel-defaults';
import { snapshotDiff, tableSnapshot } from '../support/security/table-snapshot';

const CHAT = 'alice-chat-000001';
const MISSING = 'no-such-chat-0001';
const MISSING_PERSON = 'no-such-person-01';

let runtime: TestRuntime;
let alice: Client;
let eve: Client;
let anna: Client;
let bram: Client;
let annaId: string;
let annaToken: string;
let eveToken: string;
let personId: string;
const rows: string[][] = [];
const clients: Client[] = [];
const track = (c: Client) => (clients.push(c), c);

runtimePerFile(async (started) => {
  runtime = started;
  anna = track(await connectAgent(runtime.url, runtime.wsUrl, ANNA.email, ANNA.password));
  anna.send({ action: 'presence.set', status: 'present' });
  await anna.next('presence', (f) => f.status === 'present');
  bram = track(await connectAgent(runtime.url, runtime.wsUrl, BRAM.email, BRAM.password));
  ({ token: annaToken, agent: { id: annaId } } = await loginAgent(runtime.url, ANNA.email, ANNA.password));
  alice = track(await connectCustomer(runtime.url, runtime.wsUrl));
  await claimedChat(anna, alice, CHAT, { name: 'Alice', email: 'alice@example.com', question: 'Where is my parcel?' });
  personId = (await api<{ person: { personId: string } }>(runtime.url, '/api/contacts', { token: annaToken, body: { name: 'Alice Example' } })).body.person.personId;
  eveToken = (await newVisitor(runtime.url)).token;
  eve = track(await Client.connect(runtime.wsUrl, await ticketFor(runtime.url, eveToken)));
  await runtime.idle();
}, clients);

afterAll(async () => {
  const width = [34, 44, 34, 34, 7];
  const line = (cells: string[]) => cells.map((c, i) => c.slice(0, width[i]).padEnd(width[i])).join(' | ');
  process.stdout.write(`\nAuthorization matrix\n${line(['who', 'tries', 'target exists', 'target missing', 'refused'])}\n${rows.map(line).join('\n')}\n`);
});

let refs = 0;
/** What a frame got back: its ref'd frames, as `type:code`, or `(no answer)` once everything in flight has settled. */
async function answerTo(client: Client, frame: Record<string, unknown>): Promise<string> {
  const ref = `authz-${++refs}`;
  client.send({ ...frame, ref });
  for (let flush = 0; flush < 2; flush++) {
    client.send('flush');
    await client.next('error', (f) => f.message === 'frame is not valid JSON');
    await runtime.idle();
  }
  const answers = client.frames.filter((f) => 'ref' in f && f.ref === ref)
    .map((f) => (f.type === 'error' || f.type === 'notice' ? `${f.type}:${f.code}` : f.type === 'synced' ? `synced:${JSON.stringify(f.chatIds)}` : f.type));
  return answers.join(',') || '(no answer)';
}

const REFUSED = /^(error:(not-found|forbidden|conflict)|synced:\[\]|\(no answer\)|(401|403|404) .*)$/;

function record(who: string, tries: string, existing: string, missing: string) {
  const refused = REFUSED.test(existing) && existing === missing;
  rows.push([who, tries, existing, missing, refused ? 'yes' : 'NO']);
  expect({ existing, missing, refused: REFUSED.test(existing) }).toEqual({ existing: missing, missing, refused: true });
}

type WsRow = [who: 'Eve, another customer' | 'Bram, an agent not owning it', tries: string, frame: (chatId: string) => Record<string, unknown>];
const WS_ROWS: WsRow[] = [
  ['Eve, another customer', "read Alice's chat (sync)", (chatId) => ({ action: 'sync', cursors: { [chatId]: 0 } })],
  ['Eve, another customer', "write in Alice's chat", (chatId) => ({ action: 'message.send', chatId, clientMessageId: 'eve-msg-00001', text: 'hello' })],
  ['Eve, another customer', "end Alice's chat", (chatId) => ({ action: 'chat.end', chatId })],
  ['Eve, another customer', "type in Alice's chat", (chatId) => ({ action: 'typing', chatId })],
  ['Eve, another customer', "mark Alice's chat read", (chatId) => ({ action: 'chat.read', chatId, seq: 1 })],
  ['Eve, another customer', "rate Alice's chat", (chatId) => ({ action: 'chat.feedback', chatId, rating: 1 })],
  ['Eve, another customer', "reopen Alice's chat", (chatId) => ({ action: 'chat.reopen', chatId })],
  ['Eve, another customer', 'claim a chat (agent route)', (chatId) => ({ action: 'queue.claim', chatId })],
  ['Eve, another customer', 'get next in queue (agent route)', () => ({ action: 'queue.next' })],
  ['Eve, another customer', 'link a chat to a contact (agent)', (chatId) => ({ action: 'chat.link', chatId, personId })],
  ['Eve, another customer', 'create a request (agent route)', (chatId) => ({ action: 'request.create', chatId, title: 'x' })],
  ['Eve, another customer', 'transfer a chat (agent route)', (chatId) => ({ action: 'chat.transfer', chatId, toAgentId: annaId })],
  ['Eve, another customer', 'accept a transfer (agent route)', (chatId) => ({ action: 'transfer.accept', chatId })],
  ['Eve, another customer', 'take over a chat (manager route)', (chatId) => ({ action: 'chat.takeover', chatId })],
  ['Eve, another customer', 'set presence (agent route)', () => ({ action: 'presence.set', status: 'present' })],
  ['Eve, another customer', "upload a file into Alice's chat", (chatId) => ({ action: 'file.upload', chatId, name: 'x.png', size: 10 })],
  ['Eve, another customer', "send a file into Alice's chat", (chatId) => ({ action: 'file.send', chatId, clientMessageId: 'eve-file-0001', fileId: 'eve-file-id-0001', name: 'x.png' })],
  ['Eve, another customer', "download a file of Alice's chat", (chatId) => ({ action: 'file.download', chatId, seq: 1 })],
  ['Eve, another customer', 'send a library document (agent route)', (chatId) => ({ action: 'document.send', chatId, clientMessageId: 'eve-doc-00001', documentId: 'some-document-01' })],
  ['Eve, another customer', 'listen in on a chat (agent route)', (chatId) => ({ action: 'chat.listen', chatId })],
  ['Bram, an agent not owning it', "write in Anna's chat", (chatId) => ({ action: 'message.send', chatId, clientMessageId: 'bram-msg-0001', text: 'hi' })],
  ['Bram, an agent not owning it', "end Anna's chat", (chatId) => ({ action: 'chat.end', chatId })],
  ['Bram, an agent not owning it', "type in Anna's chat", (chatId) => ({ action: 'typing', chatId })],
  ['Bram, an agent not owning it', "mark Anna's chat read", (chatId) => ({ action: 'chat.read', chatId, seq: 1 })],
  ['Bram, an agent not owning it', "link Anna's chat to a contact", (chatId) => ({ action: 'chat.link', chatId, personId })],
  ['Bram, an agent not owning it', "create a request from Anna's chat", (chatId) => ({ action: 'request.create', chatId, title: 'x' })],
  ['Bram, an agent not owning it', "transfer Anna's chat to Anna", (chatId) => ({ action: 'chat.transfer', chatId, toAgentId: annaId })],
  ['Bram, an agent not owning it', 'accept a transfer never offered', (chatId) => ({ action: 'transfer.accept', chatId })],
  ['Bram, an agent not owning it', 'reject a transfer never offered', (chatId) => ({ action: 'transfer.reject', chatId })],
  ['Bram, an agent not owning it', 'cancel a transfer never offered', (chatId) => ({ action: 'transfer.cancel', chatId })],
  ['Bram, an agent not owning it', 'take over (manager route)', (chatId) => ({ action: 'chat.takeover', chatId })],
  ['Bram, an agent not owning it', "upload a file into Anna's chat", (chatId) => ({ action: 'file.upload', chatId, name: 'x.png', size: 10 })],
  ['Bram, an agent not owning it', "download a file of Anna's chat", (chatId) => ({ action: 'file.download', chatId, seq: 1 })],
  ['Bram, an agent not owning it', "send a library document into Anna's chat", (chatId) => ({ action: 'document.send', chatId, clientMessageId: 'bram-doc-0001', documentId: 'some-document-01' })],
  ['Bram, an agent not owning it', 'hand over directly (manager)', (chatId) => ({ action: 'chat.transfer', chatId, toAgentId: annaId, direct: true })],
];

describe('WebSocket routes', () => {
  let before: string[];
  beforeAll(async () => { before = await tableSnapshot(runtime); });

  test.each(WS_ROWS)('%s may not %s', async (who, tries, frame) => {
    const client = who.startsWith('Eve') ? eve : bram;
    record(who, tries, await answerTo(client, frame(CHAT)), await answerTo(client, frame(MISSING)));
  });

  test('none of the refused frames changed the table or reached the chat', async () => {
    expect(snapshotDiff(before, await tableSnapshot(runtime))).toEqual({ gone: [], added: [] });
    expect(alice.messages(CHAT).map((m) => m.seq)).toEqual([1, 2]);
  });
});

type HttpRow = [who: string, tries: string, token: () => string, method: 'GET' | 'POST', path: (target: { chatId: string; personId: string }) => string, body?: unknown];
const HTTP_ROWS: HttpRow[] = [
  ['Eve, with a visitor token', 'GET /api/me (agent)', () => eveToken, 'GET', () => '/api/me'],
  ['Eve, with a visitor token', 'GET /api/requests (agent)', () => eveToken, 'GET', () => '/api/requests'],
  ['Eve, with a visitor token', 'set a console language (agent)', () => eveToken, 'POST', () => '/api/me/language', { language: 'nl' }],
  ['Eve, with a visitor token', 'read the channel names (agent)', () => eveToken, 'GET', () => '/api/channel-names'],
  ['Eve, with a visitor token', 'search contacts (agent)', () => eveToken, 'GET', () => '/api/contacts?q=al'],
  ['Eve, with a visitor token', 'create a contact (agent)', () => eveToken, 'POST', () => '/api/contacts', { name: 'Eve' }],
  ['Eve, with a visitor token', 'read a contact (agent)', () => eveToken, 'GET', (t) => `/api/contacts/${t.personId}`],
  ['Eve, with a visitor token', 'edit a contact (agent)', () => eveToken, 'POST', (t) => `/api/contacts/${t.personId}`, { name: 'Eve', version: 0 }],
  ['Eve, with a visitor token', "read Alice's transcript (agent)", () => eveToken, 'GET', (t) => `/api/chats/${t.chatId}`],
  ['Eve, with a visitor token', 'read the mailbox (admin)', () => eveToken, 'GET', () => '/api/mailbox'],
  ['Anna, an agent', 'read the mailbox (admin)', () => annaToken, 'GET', () => '/api/mailbox'],
  ['Eve, with a visitor token', 'read the quick replies (agent)', () => eveToken, 'GET', () => '/api/replies'],
  ['Eve, with a visitor token', 'add a quick reply (agent)', () => eveToken, 'POST', () => '/api/replies', { replyId: 'eve-reply-0001', kind: 'quick', shared: false, title: 'x', text: 'y' }],
  ['Eve, with a visitor token', 'read the document library (agent)', () => eveToken, 'GET', () => '/api/documents'],
  ['Eve, with a visitor token', 'read the statistics (manager)', () => eveToken, 'GET', () => '/api/stats'],
  ['Eve, with a visitor token', 'list the channels (manager)', () => eveToken, 'GET', () => '/api/channels'],
  ['Anna, an agent', 'add a shared reply (admin)', () => annaToken, 'POST', () => '/api/replies', { replyId: 'anna-shared-0001', kind: 'faq', shared: true, title: 'x', text: 'y' }],
  ['Anna, an agent', 'save a channel (admin)', () => annaToken, 'POST', () => '/api/channels', { settings: defaultChannelSettings('sneaky'), version: 0 }],
  ['Anna, an agent', 'list the agents (admin)', () => annaToken, 'GET', () => '/api/admin/agents'],
  ['Anna, an agent', 'create an agent (admin)', () => annaToken, 'POST', () => '/api/admin/agents', { name: 'Mallory', email: 'mallory@parley.test', role: 'admin', password: 'mallory-password-1' }],
  ['Anna, an agent', 'change an agent (admin)', () => annaToken, 'POST', (t) => `/api/admin/agents/${t.personId}`, { role: 'admin' }],
  ['Anna, an agent', 'read the audit log (admin)', () => annaToken, 'GET', () => '/api/admin/audit'],
  ['Anna, an agent', 'read the statistics (manager)', () => annaToken, 'GET', () => '/api/stats'],
];

describe('HTTP routes', () => {
  let before: string[];
  beforeAll(async () => { before = await tableSnapshot(runtime); });

  // A rest parameter: jest would take a sixth named parameter for a `done` callback on rows without a body.
  test.each(HTTP_ROWS)('%s may not %s', async (...row: HttpRow) => {
    const [who, tries, token, method, path, body] = row;
    const call = async (target: { chatId: string; personId: string }) => {
      const res = await api(runtime.url, path(target), { method, token: token(), body });
      return `${res.status} ${JSON.stringify(res.body)}`;
    };
    record(who, tries, await call({ chatId: CHAT, personId }), await call({ chatId: MISSING, personId: MISSING_PERSON }));
  });

  test('none of the refused requests changed the table', async () => {
    expect(snapshotDiff(before, await tableSnapshot(runtime))).toEqual({ gone: [], added: [] });
  });

  test('an admin does read the mailbox, so the refusal above is about the role', async () => {
    const { token } = await loginAgent(runtime.url, ADMIN.email, ADMIN.password);
    expect((await api(runtime.url, '/api/mailbox', { method: 'GET', token })).status).toBe(200);
  });
});

describe('tokens and tickets', () => {
  const ROUTES: [string, 'GET' | 'POST', string][] = [['GET /api/me', 'GET', '/api/me'], ['POST /api/tickets', 'POST', '/api/tickets'], ['GET /api/chats/{id}', 'GET', `/api/chats/${CHAT}`]];

  test('forged, expired and tampered tokens are refused alike, whether the agent they name exists or not', async () => {
    const forAnna = await forgedAgentTokens(runtime, annaId, eveToken);
    const forNobody = await forgedAgentTokens(runtime, 'c0ffee00-0000-4000-8000-000000000000', eveToken);
    for (const kind of Object.keys(forAnna)) {
      for (const [name, method, path] of ROUTES) {
        const call = async (token: string) => {
          const res = await api(runtime.url, path, { method, token });
          return `${res.status} ${JSON.stringify(res.body)}`;
        };
        record(`token: ${kind}`, name, await call(forAnna[kind]), await call(forNobody[kind]));
      }
    }
  });

  test('replayed, expired, forged and missing tickets are all refused at the handshake with 401', async () => {
    const handshake = (ticket: string) => Client.connect(runtime.wsUrl, ticket).then(
      async (c) => (await c.close(), '101 open'),
      (error: Error) => error.message.replace('handshake refused: ', '') + ' handshake refused',
    );
    const used = await ticketFor(runtime.url, annaToken);
    track(await Client.connect(runtime.wsUrl, used));
    const attempts: [string, string][] = [
      ['replayed (already used)', used],
      ['expired', await expiredTicket(runtime, annaId)],
      ['forged (never issued)', 'A'.repeat(32)],
      ['malformed', "' OR 1=1 --"],
      ['missing', ''],
    ];
    for (const [kind, ticket] of attempts) record(`ticket: ${kind}`, 'open a WebSocket', await handshake(ticket), '401 handshake refused');
  });
});
