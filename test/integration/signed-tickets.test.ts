/**
 * WebSocket tickets are checked by their signature: issuing one writes nothing, redeeming it writes
 * one small "spent" item, and a forged, altered, expired or reused ticket is refused with 401 at
 * the handshake and changes nothing.
 */
import { randomBytes } from 'node:crypto';
import type { VisitorResponse } from '../../functions/protocol';
import { newTicketId, signTicket } from '../../functions/domain/ticket-format';
import { ANNA, type TestRuntime } from '../support/runtime';
import { runtimePerTest } from '../support/runtime-world';
import { api, Client, loginAgent, newVisitor, ticketFor } from '../support/clients';
import { shiftedClock } from '../support/shifted-clock';
import { signedTicket } from '../support/security/forged-tokens';
import { snapshotDiff, tableSnapshot } from '../support/security/table-snapshot';

let runtime: TestRuntime;
const clients: Client[] = [];
const track = (c: Client) => (clients.push(c), c);
const clock = shiftedClock();
afterAll(() => clock.remove());
runtimePerTest((started) => (runtime = started), clients, { handlerEnv: clock.env });
afterEach(() => clock.standAt(Date.now()));

const handshake = (ticket: string) => Client.connect(runtime.wsUrl, ticket).then(
  (client) => (track(client), 101),
  (error: Error) => Number(error.message.replace('handshake refused: ', '')),
);

/** The table but for the per-address connect counter, which every handshake moves by design. */
const stored = async () => (await tableSnapshot(runtime)).filter((row) => !row.includes('"RATE#'));
const spentItems = async () => (await stored()).map((row) => JSON.parse(row)).filter((item) => item.pk.startsWith('SPENT#'));

test('issuing tickets, from either endpoint, writes nothing to the table', async () => {
  const visitor = await newVisitor(runtime.url);
  const agent = await loginAgent(runtime.url, ANNA.email, ANNA.password);
  const before = await stored();

  await ticketFor(runtime.url, visitor.token);
  await ticketFor(runtime.url, agent.token);
  await api<VisitorResponse>(runtime.url, '/api/visitors');

  expect(snapshotDiff(before, await stored())).toEqual({ gone: [], added: [] });
});

test('redeeming a ticket writes one spent item that expires with the ticket', async () => {
  const issuedAt = Math.floor(Date.now() / 1000);
  const ticket = await ticketFor(runtime.url, (await newVisitor(runtime.url)).token);

  expect(await handshake(ticket)).toBe(101);

  const spent = await spentItems();
  expect(spent).toEqual([{ pk: expect.stringMatching(/^SPENT#[A-Za-z0-9_-]{22}$/), sk: 'SPENT', expiresAt: expect.any(Number) }]);
  expect(spent[0].expiresAt - issuedAt).toBeGreaterThanOrEqual(29);
  expect(spent[0].expiresAt - issuedAt).toBeLessThanOrEqual(31);
});

test('a ticket admits one connection: used again it is refused with 401 and nothing more is written', async () => {
  const ticket = await ticketFor(runtime.url, (await newVisitor(runtime.url)).token);
  expect(await handshake(ticket)).toBe(101);
  const before = await stored();

  expect(await handshake(ticket)).toBe(401);
  expect(snapshotDiff(before, await stored())).toEqual({ gone: [], added: [] });
});

test('a ticket from the visitor call is single-use too', async () => {
  const { ticket } = (await api<VisitorResponse>(runtime.url, '/api/visitors')).body;

  expect([await handshake(ticket!), await handshake(ticket!)]).toEqual([101, 401]);
});

test('an expired ticket is refused with 401 and left unspent: the same ticket within its time would still open', async () => {
  const ticket = await ticketFor(runtime.url, (await newVisitor(runtime.url)).token);

  clock.standAt(Date.now() + 31_000);
  expect(await handshake(ticket)).toBe(401);
  expect(await spentItems()).toEqual([]);

  clock.standAt(Date.now());
  expect(await handshake(ticket)).toBe(101);
});

test('altered tickets are refused with 401 and change nothing', async () => {
  const visitor = await newVisitor(runtime.url);
  const genuine = await ticketFor(runtime.url, visitor.token);
  const [body, mac] = genuine.split('~');
  const claims = JSON.parse(Buffer.from(body, 'base64url').toString());
  const reclaimed = (change: object) => `${Buffer.from(JSON.stringify({ ...claims, ...change })).toString('base64url')}~${mac}`;
  const before = await stored();

  const attempts = {
    'customer made agent': reclaimed({ role: 'agent', sub: 'c0ffee00-0000-4000-8000-000000000000' }),
    'expiry moved on': reclaimed({ exp: claims.exp + 3600 }),
    'id changed': reclaimed({ id: newTicketId() }),
    'mac flipped': `${body}~${mac.startsWith('A') ? 'B' : 'A'}${mac.slice(1)}`,
  };
  const outcomes = Object.fromEntries(await Promise.all(Object.entries(attempts).map(async ([kind, ticket]) => [kind, await handshake(ticket)])));

  expect(outcomes).toEqual({ 'customer made agent': 401, 'expiry moved on': 401, 'id changed': 401, 'mac flipped': 401 });
  expect(snapshotDiff(before, await stored())).toEqual({ gone: [], added: [] });
});

test('forged tickets are refused with 401 and change nothing: a wrong key, a session token, a ticket of the old kind', async () => {
  const visitor = await newVisitor(runtime.url);
  const claims = { role: 'customer' as const, subject: visitor.visitorId, name: 'Customer', id: newTicketId(), expiresAt: Math.floor(Date.now() / 1000) + 30 };
  const before = await stored();

  const outcomes = [
    await handshake(signTicket(claims, randomBytes(32))),
    await handshake(visitor.token),
    await handshake(randomBytes(24).toString('base64url')),
  ];

  expect(outcomes).toEqual([401, 401, 401]);
  expect(snapshotDiff(before, await stored())).toEqual({ gone: [], added: [] });
});

test('a ticket signed with the real key opens as the one it names, so the key is what guards it', async () => {
  const visitor = await newVisitor(runtime.url);
  const ticket = await signedTicket(runtime, { role: 'customer', subject: visitor.visitorId, name: 'Customer' });
  const customer = track(await Client.connect(runtime.wsUrl, ticket));

  customer.send({ action: 'chat.start', chatId: 'real-key-chat-01', name: 'Sam', email: 'sam@example.com', question: 'Hello?' });

  expect(await customer.next('chat')).toMatchObject({ chat: { chatId: 'real-key-chat-01', status: 'queued' } });
});

test('a ticket does not pass for a session token', async () => {
  const ticket = await ticketFor(runtime.url, (await loginAgent(runtime.url, ANNA.email, ANNA.password)).token);

  expect((await api(runtime.url, '/api/me', { method: 'GET', token: ticket })).status).toBe(401);
});
