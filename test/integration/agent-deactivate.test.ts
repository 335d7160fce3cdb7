/** Deactivating an agent ends their sessions at once: login refused, sockets closed, old tokens and tickets dead, out of the Present list. */
import { BRAM, type TestRuntime } from '../support/runtime';
import { runtimePerFile } from '../support/runtime-world';
import { api, Client, connectAgent, connectCustomer, loginAgent, ticketFor } from '../support/clients';
import { asAdmin } from '../support/admin';

let runtime: TestRuntime;
const clients: Client[] = [];
runtimePerFile((started) => (runtime = started), clients);
afterEach(() => Promise.all(clients.splice(0).map((c) => c.close())));

async function newAgent(name: string, email: string) {
  const admin = await asAdmin(runtime.url);
  const { agent } = (await admin.create({ name, email, role: 'agent', credential: { kind: 'password', password: `${name}-password-1` } })).body;
  return { admin, agent, password: `${name}-password-1` };
}

async function present(email: string, password: string) {
  const client = await connectAgent(runtime.url, runtime.wsUrl, email, password);
  clients.push(client);
  client.send({ action: 'presence.set', status: 'present' });
  await client.next('presence', (f) => f.status === 'present');
  return client;
}

const closed = (client: Client) => new Promise<number>((resolve) => {
  if (client.socket.readyState === client.socket.CLOSED) resolve(-1);
  else client.socket.once('close', (code) => resolve(code));
});

test('a deactivated agent cannot log in', async () => {
  const { admin, agent, password } = await newAgent('lotte', 'lotte@parley.test');
  expect((await admin.change(agent.id, { change: 'deactivate' })).body.agent.active).toBe(false);
  expect((await api(runtime.url, '/api/login', { body: { email: 'lotte@parley.test', password } })).status).toBe(401);
});

test('their live WebSocket closes at once and they leave the Present list', async () => {
  const { admin, agent, password } = await newAgent('maarten', 'maarten@parley.test');
  const bram = await present(BRAM.email, BRAM.password);
  const maarten = await present('maarten@parley.test', password);
  await bram.next('agents', (f) => f.present.some((p) => p.id === agent.id));
  const socketClosed = closed(maarten);
  const mark = bram.frames.length;

  await admin.change(agent.id, { change: 'deactivate' });

  await socketClosed;
  const after = await bram.next('agents', (f) => bram.frames.indexOf(f) >= mark);
  expect(after.present.map((p) => p.name)).toEqual(['Bram Jansen']);
});

test('their old token is refused on HTTP routes and for new tickets, and a ticket from before is refused on $connect', async () => {
  const { admin, agent, password } = await newAgent('nina', 'nina@parley.test');
  const { token } = await loginAgent(runtime.url, 'nina@parley.test', password);
  const earlierTicket = await ticketFor(runtime.url, token);

  await admin.change(agent.id, { change: 'deactivate' });

  expect((await api(runtime.url, '/api/me', { method: 'GET', token })).status).toBe(401);
  expect((await api(runtime.url, '/api/requests', { method: 'GET', token })).status).toBe(401);
  expect((await api(runtime.url, '/api/tickets', { token })).status).toBe(401);
  await expect(Client.connect(runtime.wsUrl, earlierTicket)).rejects.toThrow(/401/);
});

test('a reactivated agent logs in again, but tokens from before the deactivation stay dead', async () => {
  const { admin, agent, password } = await newAgent('olaf', 'olaf@parley.test');
  const { token: oldToken } = await loginAgent(runtime.url, 'olaf@parley.test', password);
  await admin.change(agent.id, { change: 'deactivate' });

  await admin.change(agent.id, { change: 'reactivate' });

  const { token } = await loginAgent(runtime.url, 'olaf@parley.test', password);
  expect((await api(runtime.url, '/api/me', { method: 'GET', token })).status).toBe(200);
  expect((await api(runtime.url, '/api/me', { method: 'GET', token: oldToken })).status).toBe(401);
});

test('deactivation and reactivation are audited with before and after', async () => {
  const { admin, agent } = await newAgent('pien', 'pien@parley.test');
  await admin.change(agent.id, { change: 'deactivate' });
  await admin.change(agent.id, { change: 'reactivate' });
  const [reactivated, deactivated] = (await admin.audit('?limit=2')).body.entries;
  expect(deactivated).toMatchObject({ action: 'agent.deactivated', target: { id: agent.id }, before: { active: true }, after: { active: false } });
  expect(reactivated).toMatchObject({ action: 'agent.reactivated', before: { active: false }, after: { active: true } });
});

test('their ongoing chats go back to the queue, and each customer is told', async () => {
  const { admin, agent, password } = await newAgent('quirine', 'quirine@parley.test');
  const quirine = await present('quirine@parley.test', password);
  const customer = await connectCustomer(runtime.url, runtime.wsUrl);
  clients.push(customer);
  customer.send({ action: 'chat.start', chatId: 'deactivate-chat-01', name: 'Mila', email: 'mila@example.com', question: 'Still there?' });
  await customer.next('chat');
  quirine.send({ action: 'queue.claim', chatId: 'deactivate-chat-01' });
  await customer.next('message', (f) => f.message.event === 'joined');

  await admin.change(agent.id, { change: 'deactivate' });

  expect((await customer.next('message', (f) => f.message.event === 'requeued')).message.text).toBe('quirine is no longer available; you are back in the queue');
  expect((await customer.next('chat', (f) => f.chat.status === 'queued')).chat.agent).toBeUndefined();
  const bram = await present(BRAM.email, BRAM.password);
  bram.send({ action: 'queue.claim', chatId: 'deactivate-chat-01' });
  await customer.next('message', (f) => f.message.event === 'joined' && f.message.text.includes('Bram'));
});
