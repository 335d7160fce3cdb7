/** Admins create agents (with a password or a one-time link), change roles, reset passwords; each change is audited. */
import { startTestRuntime, type TestRuntime } from '../support/runtime';
import { runtimePerFile } from '../support/runtime-world';
import { api, connectPresent, loginAgent } from '../support/clients';
import { ANNA, BRAM } from '../support/runtime';
import { ADMIN, asAdmin } from '../support/admin';
import type { InviteAcceptResponse } from '../../functions/protocol';

let runtime: TestRuntime;
runtimePerFile((started) => (runtime = started));

const loginStatus = async (email: string, password: string) => (await api(runtime.url, '/api/login', { body: { email, password } })).status;
const withPassword = (name: string, email: string, password: string, role = 'agent') => ({ name, email, role, credential: { kind: 'password', password } });

test('an agent created with a password can log in at once', async () => {
  const admin = await asAdmin(runtime.url);
  const created = await admin.create(withPassword('Dirk Visser', 'Dirk@Parley.test', 'dirk-password-1'));
  expect(created.status).toBe(201);
  expect(created.body.agent).toMatchObject({ name: 'Dirk Visser', email: 'dirk@parley.test', role: 'agent', active: true, passwordSet: true });
  expect((await loginAgent(runtime.url, 'dirk@parley.test', 'dirk-password-1')).agent.id).toBe(created.body.agent.id);
  expect((await admin.list()).body.agents.map((a) => a.email)).toContain('dirk@parley.test');
});

test('the list says which agents have a console online, so a Present agent who left does not look available', async () => {
  const admin = await asAdmin(runtime.url);
  const onlineOf = async (email: string) => (await admin.list()).body.agents.find((a) => a.email === email)?.online;
  const bram = await connectPresent(runtime.url, runtime.wsUrl, BRAM);
  expect([await onlineOf(BRAM.email), await onlineOf(ANNA.email)]).toEqual([true, false]);
  await bram.close();
  // `$disconnect` runs just after the socket closes.
  for (let tries = 0; tries < 50 && (await onlineOf(BRAM.email)) !== false; tries++) await new Promise((resolve) => setTimeout(resolve, 20));
  expect((await admin.list()).body.agents.find((a) => a.email === BRAM.email)).toMatchObject({ status: 'present', online: false });
});

test('a second agent with the same email is refused with 409', async () => {
  const admin = await asAdmin(runtime.url);
  await admin.create(withPassword('Eva', 'eva@parley.test', 'eva-password-1'));
  const again = await admin.create(withPassword('Other Eva', 'EVA@parley.test', 'other-password-1'));
  expect(again.status).toBe(409);
  expect(again.body).toMatchObject({ refusal: 'email-taken', error: 'An agent with email eva@parley.test already exists' });
  expect((await admin.list()).body.agents.filter((a) => a.email === 'eva@parley.test').map((a) => a.name)).toEqual(['Eva']);
});

test('bad input is refused with a reason naming the field, and creates nothing', async () => {
  const admin = await asAdmin(runtime.url);
  const short = await admin.create(withPassword('Finn', 'finn@parley.test', 'short'));
  const role = await admin.create(withPassword('Finn', 'finn@parley.test', 'finn-password-1', 'owner'));
  expect([short.status, role.status]).toEqual([400, 400]);
  expect((short.body as unknown as { error: string }).error).toMatch(/password/);
  expect((await admin.list()).body.agents.map((a) => a.email)).not.toContain('finn@parley.test');
});

test('an invited agent logs in only after setting a password with the link, which works once', async () => {
  const admin = await asAdmin(runtime.url);
  const created = await admin.create({ name: 'Gijs', email: 'gijs@parley.test', role: 'manager', credential: { kind: 'invite' } });
  const token = created.body.invite!.token;
  expect(created.body.agent.passwordSet).toBe(false);
  expect(created.body.invite!.expiresAt).toBeGreaterThan(Date.now());

  const accepted = await api<InviteAcceptResponse>(runtime.url, '/api/invites', { body: { token, password: 'gijs-password-1' } });
  const reused = await api(runtime.url, '/api/invites', { body: { token, password: 'hijacked-pass-1' } });

  expect(accepted).toMatchObject({ status: 200, body: { email: 'gijs@parley.test' } });
  expect(reused).toMatchObject({ status: 410, body: { refusal: 'link-invalid' } });
  expect(await loginStatus('gijs@parley.test', 'gijs-password-1')).toBe(200);
  expect(await loginStatus('gijs@parley.test', 'hijacked-pass-1')).toBe(401);
});

test('a password reset ends old sessions: the old password and token stop working, the new password works', async () => {
  const admin = await asAdmin(runtime.url);
  const { agent } = (await admin.create(withPassword('Hanna', 'hanna@parley.test', 'hanna-password-1'))).body;
  const oldToken = (await loginAgent(runtime.url, 'hanna@parley.test', 'hanna-password-1')).token;

  expect((await admin.change(agent.id, { change: 'password', credential: { kind: 'password', password: 'hanna-password-2' } })).status).toBe(200);

  expect(await loginStatus('hanna@parley.test', 'hanna-password-1')).toBe(401);
  expect(await loginStatus('hanna@parley.test', 'hanna-password-2')).toBe(200);
  expect((await api(runtime.url, '/api/me', { method: 'GET', token: oldToken })).status).toBe(401);
});

test('a reset by link voids the old password until the agent sets a new one', async () => {
  const admin = await asAdmin(runtime.url);
  const { agent } = (await admin.create(withPassword('Ilse', 'ilse@parley.test', 'ilse-password-1'))).body;
  const reset = await admin.change(agent.id, { change: 'password', credential: { kind: 'invite' } });
  expect(await loginStatus('ilse@parley.test', 'ilse-password-1')).toBe(401);
  await api(runtime.url, '/api/invites', { body: { token: reset.body.invite!.token, password: 'ilse-password-2' } });
  expect(await loginStatus('ilse@parley.test', 'ilse-password-2')).toBe(200);
});

test('a role change takes effect on the next admin call', async () => {
  const admin = await asAdmin(runtime.url);
  const { agent } = (await admin.create(withPassword('Joost', 'joost@parley.test', 'joost-password-1'))).body;
  const joostToken = (await loginAgent(runtime.url, 'joost@parley.test', 'joost-password-1')).token;
  const before = (await api(runtime.url, '/api/admin/agents', { method: 'GET', token: joostToken })).status;
  await admin.change(agent.id, { change: 'role', role: 'admin' });
  const after = (await api(runtime.url, '/api/admin/agents', { method: 'GET', token: joostToken })).status;
  expect([before, after]).toEqual([403, 200]);
});

test("an admin whose session was ended (password reset) is told to log in again on the admin routes, as on every other", async () => {
  const admin = await asAdmin(runtime.url);
  const { agent } = (await admin.create(withPassword('Kees', 'kees@parley.test', 'kees-password-1', 'admin'))).body;
  const keesToken = (await loginAgent(runtime.url, 'kees@parley.test', 'kees-password-1')).token;
  expect((await api(runtime.url, '/api/admin/agents', { method: 'GET', token: keesToken })).status).toBe(200);

  await admin.change(agent.id, { change: 'password', credential: { kind: 'password', password: 'kees-password-2' } });

  const answers = await Promise.all(['/api/admin/agents', '/api/me'].map(async (path) => (await api(runtime.url, path, { method: 'GET', token: keesToken })).status));
  expect(answers).toEqual([401, 401]);
});

test('the last active admin cannot demote or deactivate themselves; nothing changes', async () => {
  const fresh = await startTestRuntime();
  try {
    const admin = await asAdmin(fresh.url);
    const me = (await admin.list()).body.agents.find((a) => a.email === ADMIN.email)!;
    const demote = await admin.change(me.id, { change: 'role', role: 'agent' });
    const deactivate = await admin.change(me.id, { change: 'deactivate' });
    expect([demote.status, deactivate.status]).toEqual([409, 409]);
    expect([demote.body, deactivate.body]).toMatchObject([{ refusal: 'last-admin' }, { refusal: 'last-admin' }]);
    expect((await admin.list()).body.agents.find((a) => a.id === me.id)).toMatchObject({ role: 'admin', active: true });
  } finally {
    await fresh.stop();
  }
});

test('every change is in the audit log, newest first, with who, whom and the changed fields, never a password', async () => {
  const admin = await asAdmin(runtime.url);
  const { agent } = (await admin.create(withPassword('Karin', 'karin@parley.test', 'karin-secret-1'))).body;
  await admin.change(agent.id, { change: 'role', role: 'manager' });
  await admin.change(agent.id, { change: 'password', credential: { kind: 'password', password: 'karin-secret-2' } });

  const { entries } = (await admin.audit('?limit=3')).body;

  expect(entries.map((e) => e.action)).toEqual(['agent.password-reset', 'agent.role-changed', 'agent.created']);
  expect(entries[1]).toMatchObject({ actor: { name: ADMIN.name }, target: { id: agent.id, email: 'karin@parley.test' }, before: { role: 'agent' }, after: { role: 'manager' } });
  expect(JSON.stringify(entries)).not.toMatch(/karin-secret|scrypt/);
});

test('the audit log pages with a cursor without repeating or skipping entries', async () => {
  const admin = await asAdmin(runtime.url);
  const all = (await admin.audit('?limit=100')).body.entries.map((e) => e.id);
  const first = (await admin.audit('?limit=2')).body;
  const second = (await admin.audit(`?limit=2&cursor=${first.next}`)).body;
  expect([...first.entries, ...second.entries].map((e) => e.id)).toEqual(all.slice(0, 4));
  expect((await admin.audit('?cursor=not-a-cursor')).status).toBe(400);
});

test('a page size that is not a whole number from 1 is refused and says what it may be; a larger one gives at most a full page', async () => {
  const admin = await asAdmin(runtime.url);
  for (const limit of ['0', '-3', '2.5', 'ten']) {
    expect((await admin.audit(`?limit=${limit}`)).body).toEqual({ error: 'limit must be a whole number from 1 (a page holds at most 100)' });
  }
  expect((await admin.audit('?limit=5000')).body.entries.length).toBeLessThanOrEqual(100);
});
