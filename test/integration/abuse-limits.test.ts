/**
 * Abuse limits, enforced by the server: a clear error to the offender, no effect on anyone else.
 * The limits are lowered through the runtime's environment so a test can reach them quickly.
 */
import { randomUUID } from 'node:crypto';
import { request } from 'node:http';
import { ANNA, BRAM, type TestRuntime } from '../support/runtime';
import { runtimePerFile } from '../support/runtime-world';
import { api, Client, connectCustomer } from '../support/clients';
import { MAX_TEXT } from '../../functions/protocol';
import { openClaimedChat } from '../support/chat-setup';
import { asAdmin } from '../support/admin';

const clients: Client[] = [];
const track = (c: Client) => (clients.push(c), c);
afterEach(async () => { await Promise.all(clients.splice(0).map((c) => c.close())); });

const login = (runtime: TestRuntime, email: string, password: string) => api<{ error?: string }>(runtime.url, '/api/login', { body: { email, password } });

/** A login from another address of this machine (any 127.x.y.z is loopback): another network, as the server sees it. */
function loginFrom(runtime: TestRuntime, localAddress: string, email: string, password: string): Promise<{ status: number; retryAfter?: string }> {
  return new Promise((resolve, reject) => {
    const req = request(`${runtime.url}/api/login`, { method: 'POST', localAddress, headers: { 'content-type': 'application/json' } }, (res) => {
      res.resume();
      res.on('end', () => resolve({ status: res.statusCode!, retryAfter: res.headers['retry-after'] }));
    });
    req.on('error', reject);
    req.end(JSON.stringify({ email, password }));
  });
}

/** Per-minute limits count in calendar minutes: start a check well inside one, so it cannot straddle two. */
async function awayFromMinuteEdge() {
  const second = new Date().getSeconds();
  if (second > 45) await new Promise((resolve) => setTimeout(resolve, (61 - second) * 1000));
}

describe('per connection and per account', () => {
  let runtime: TestRuntime;
  runtimePerFile((started) => (runtime = started), clients, { handlerEnv: { LIMIT_FRAME_BURST: '5', LIMIT_FRAMES_PER_SECOND: '1' } });

  async function activeChat(chatId: string) {
    return openClaimedChat(runtime, clients, chatId, { name: 'Flo', email: 'flo@example.com', question: 'Hello?' });
  }

  test('a connection sending faster than its bucket allows gets rate-limited errors; what it got through is stored once, and the agent is unaffected', async () => {
    const { anna, customer } = await activeChat('flood-chat-0001');
    const ids = Array.from({ length: 15 }, (_, i) => `flood-${String(i).padStart(2, '0')}-${randomUUID().slice(0, 8)}`);
    for (const [i, clientMessageId] of ids.entries()) customer.send({ action: 'message.send', ref: `f${i}`, chatId: 'flood-chat-0001', clientMessageId, text: `flood ${i}` });
    // Each either reached the agent (the sender gets no echo) or was refused to the sender.
    const outcome = (id: string, i: number) => {
      const delivered = anna.next('message', (f) => f.message.clientMessageId === id);
      const refusal = customer.next('error', (f) => f.ref === `f${i}`);
      delivered.catch(() => {});
      refusal.catch(() => {});
      return Promise.race([delivered, refusal]);
    };
    const outcomes = await Promise.all(ids.map(outcome));
    const refused = outcomes.filter((f) => f.type === 'error');
    const stored = outcomes.filter((f) => f.type === 'message');

    expect(refused.length).toBeGreaterThan(0);
    // The customer's side of the chat has a burst of 5 (the chat.start was charged to the connection).
    expect(stored.length).toBeGreaterThanOrEqual(5);
    expect(refused).toEqual(refused.map(() => expect.objectContaining({ code: 'rate-limited', message: 'You are sending too fast; wait a few seconds and try again' })));
    anna.send({ action: 'message.send', chatId: 'flood-chat-0001', clientMessageId: randomUUID(), text: 'Agent still gets through' });
    const answer = await customer.next('message', (f) => f.message.text === 'Agent still gets through');
    expect(answer).toMatchObject({ message: { seq: 2 + stored.length + 1 } });
    expect(answer.confirms?.map((m) => m.clientMessageId).sort()).toEqual(stored.map((f) => f.type === 'message' && f.message.clientMessageId).sort());
  });

  test('a message of exactly the maximum length is stored and one character more is refused with the reason', async () => {
    const { customer } = await activeChat('length-chat-0001');
    expect(await customer.sendStored({ action: 'message.send', chatId: 'length-chat-0001', clientMessageId: 'longest-00001', text: 'y'.repeat(MAX_TEXT) })).toMatchObject({ seq: 3 });
    customer.send({ action: 'message.send', ref: 'too-long', chatId: 'length-chat-0001', clientMessageId: 'too-long-0001', text: 'y'.repeat(MAX_TEXT + 1) });
    expect(await customer.next('error')).toMatchObject({ ref: 'too-long', code: 'bad-frame', message: `text: must be at most ${MAX_TEXT} characters` });
  });

  test('five failed logins lock the address for 15 minutes, even with the right password then; other agents log in as usual', async () => {
    for (let i = 0; i < 5; i++) expect(await login(runtime, BRAM.email, 'not-the-password')).toEqual({ status: 401, body: { error: 'Email or password is wrong' } });
    expect(await login(runtime, BRAM.email, BRAM.password)).toEqual({ status: 429, body: { error: 'Too many failed logins for this address; try again in 15 minutes' } });
    expect((await login(runtime, ANNA.email, ANNA.password)).status).toBe(200);
  });

  test('an address nobody uses locks the same way, so the lockout does not tell which addresses exist', async () => {
    for (let i = 0; i < 5; i++) expect((await login(runtime, 'nobody@parley.test', 'guess')).status).toBe(401);
    expect(await login(runtime, 'nobody@parley.test', 'guess')).toEqual({ status: 429, body: { error: 'Too many failed logins for this address; try again in 15 minutes' } });
  });

  test("the lockout is of the guessers' network: the agent still logs in from another, and is told how long to wait on the locked one", async () => {
    for (let i = 0; i < 5; i++) expect((await loginFrom(runtime, '127.0.0.2', 'admin@parley.test', 'guess')).status).toBe(401);
    expect(await loginFrom(runtime, '127.0.0.2', 'admin@parley.test', 'parley-admin')).toEqual({ status: 429, retryAfter: expect.stringMatching(/^(899|900)$/) });
    expect((await loginFrom(runtime, '127.0.0.3', 'admin@parley.test', 'parley-admin')).status).toBe(200);
  });

  test('failed logins spread over many networks lock the address everywhere, once ten times the limit is reached', async () => {
    const email = 'spread@parley.test';
    for (let network = 10; network < 20; network++) {
      for (let i = 0; i < 5; i++) expect((await loginFrom(runtime, `127.0.1.${network}`, email, 'guess')).status).toBe(401);
    }
    expect((await loginFrom(runtime, '127.0.1.99', email, 'guess')).status).toBe(429);
  });

  test("an admin's password reset lifts the lockout: the new password works at once", async () => {
    const admin = await asAdmin(runtime.url);
    const created = await admin.create({ name: 'Lou Locked', email: 'lou@parley.test', role: 'agent', credential: { kind: 'password', password: 'lou-password-1' } });
    for (let i = 0; i < 5; i++) expect((await login(runtime, 'lou@parley.test', 'guess')).status).toBe(401);
    expect((await login(runtime, 'lou@parley.test', 'lou-password-1')).status).toBe(429);

    expect((await admin.change(created.body.agent.id, { change: 'password', credential: { kind: 'password', password: 'lou-password-2' } })).status).toBe(200);

    expect((await login(runtime, 'lou@parley.test', 'lou-password-2')).status).toBe(200);
  });

  test('a successful login clears the failures counted so far', async () => {
    const admin = { email: 'admin@parley.test', password: 'parley-admin' };
    for (let i = 0; i < 4; i++) expect((await login(runtime, admin.email, 'wrong')).status).toBe(401);
    expect((await login(runtime, admin.email, admin.password)).status).toBe(200);
    for (let i = 0; i < 4; i++) expect((await login(runtime, admin.email, 'wrong')).status).toBe(401);
    expect((await login(runtime, admin.email, admin.password)).status).toBe(200);
  });
});

describe('per address', () => {
  let runtime: TestRuntime;
  runtimePerFile((started) => (runtime = started), clients, { handlerEnv: { LIMIT_CONNECTS_PER_MINUTE: '3', LIMIT_LOGINS_PER_MINUTE: '4' } });

  test('an address opening more WebSocket connections a minute than allowed is refused at the handshake with 429; open ones keep working', async () => {
    await awayFromMinuteEdge();
    const open = [track(await connectCustomer(runtime.url, runtime.wsUrl)), track(await connectCustomer(runtime.url, runtime.wsUrl)), track(await connectCustomer(runtime.url, runtime.wsUrl))];
    await expect(connectCustomer(runtime.url, runtime.wsUrl)).rejects.toThrow('handshake refused: 429');
    open[0].send({ action: 'chat.start', chatId: 'still-open-0001', name: 'Gus', email: 'gus@example.com', question: 'Still there?' });
    expect(await open[0].next('chat')).toMatchObject({ chat: { chatId: 'still-open-0001', status: 'queued' } });
  });

  test('an address trying more logins a minute than allowed is told to wait, right password or not', async () => {
    await awayFromMinuteEdge();
    for (let i = 0; i < 4; i++) expect((await login(runtime, `user${i}@parley.test`, 'guess')).status).toBe(401);
    expect(await login(runtime, ANNA.email, ANNA.password)).toEqual({ status: 429, body: { error: 'Too many login attempts from your network; try again in a minute' } });
  });
});
