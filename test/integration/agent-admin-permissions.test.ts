/** Only admins reach the admin routes: agents and managers get 403 on every one, and nothing changes. */
import { ANNA, BRAM, type TestRuntime } from '../support/runtime';
import { runtimePerFile } from '../support/runtime-world';
import { api, loginAgent } from '../support/clients';
import { adminApi, agentByEmail, asAdmin } from '../support/admin';

const MANAGER = { name: 'Mira Manager', email: 'mira@parley.test', password: 'parley-mira-manager', role: 'manager' as const };
let runtime: TestRuntime;

runtimePerFile(async (started) => {
  runtime = started;
  await runtime.invoke('DemoAgents', { agents: [MANAGER] });
});

async function snapshot() {
  const admin = await asAdmin(runtime.url);
  return { agents: (await admin.list()).body.agents, audit: (await admin.audit()).body.entries };
}

test.each([['an agent', ANNA], ['a manager', MANAGER]])('%s gets 403 on every admin route and nothing changes', async (_who, login) => {
  const before = await snapshot();
  const bram = await agentByEmail(runtime.url, BRAM.email);
  const own = adminApi(runtime.url, (await loginAgent(runtime.url, login.email, login.password)).token);

  const answers = await Promise.all([
    own.list(),
    own.audit(),
    own.create({ name: 'Eve', email: 'eve@parley.test', role: 'admin', credential: { kind: 'password', password: 'eve-password-1' } }),
    own.change(bram.id, { change: 'role', role: 'admin' }),
    own.change(bram.id, { change: 'password', credential: { kind: 'password', password: 'taken-over-1' } }),
    own.change(bram.id, { change: 'deactivate' }),
    own.change(bram.id, { change: 'reactivate' }),
  ]);

  expect(answers.map((a) => a.status)).toEqual([403, 403, 403, 403, 403, 403, 403]);
  expect(await snapshot()).toEqual(before);
  expect((await api(runtime.url, '/api/login', { body: { email: BRAM.email, password: BRAM.password } })).status).toBe(200);
});

test('without a token every admin route answers 401', async () => {
  const anonymous = adminApi(runtime.url, '');
  const statuses = [(await anonymous.list()).status, (await anonymous.audit()).status, (await anonymous.create({})).status];
  expect(statuses).toEqual([401, 401, 401]);
});
