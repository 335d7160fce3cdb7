/** Two admins taking each other's admin rights at the same moment: one change goes through, the other is refused, one admin remains. */
import type { TestRuntime } from '../support/runtime';
import { runtimePerFile } from '../support/runtime-world';
import { loginAgent } from '../support/clients';
import { adminApi, asAdmin, ADMIN } from '../support/admin';

const ROUNDS = 8;
let runtime: TestRuntime;
let carla: ReturnType<typeof adminApi>;
let dora: ReturnType<typeof adminApi>;
let carlaId: string;
let doraId: string;

runtimePerFile(async (started) => {
  runtime = started;
  carla = await asAdmin(runtime.url);
  const created = await carla.create({ name: 'Dora Admin', email: 'dora@parley.test', role: 'admin', credential: { kind: 'password', password: 'dora-password-1' } });
  expect(created.status).toBe(201);
  doraId = created.body.agent.id;
  dora = adminApi(runtime.url, (await loginAgent(runtime.url, 'dora@parley.test', 'dora-password-1')).token);
  carlaId = (await carla.list()).body.agents.find((a) => a.email === ADMIN.email)!.id;
}, [], { lambdaWorkers: 2 });

/** The loser is refused as the last admin (409) or, when the winner's change landed first, as no longer an admin (403). */
const outcomes = (...statuses: number[]) => statuses.map((status) => (status === 200 ? 'done' : [403, 409].includes(status) ? 'refused' : status)).sort();
const ONE_WINS = ['done', 'refused'];
const activeAdmins = async (api: ReturnType<typeof adminApi>) => (await api.list()).body.agents.filter((a) => a.role === 'admin' && a.active).map((a) => a.id);

test('demoting each other at once leaves exactly one admin, every time', async () => {
  for (let round = 0; round < ROUNDS; round++) {
    const [byCarla, byDora] = await Promise.all([
      carla.change(doraId, { change: 'role', role: 'agent' }),
      dora.change(carlaId, { change: 'role', role: 'agent' }),
    ]);
    expect(outcomes(byCarla.status, byDora.status)).toEqual(ONE_WINS);
    const survivor = byCarla.status === 200 ? carla : dora;
    expect(await activeAdmins(survivor)).toEqual([byCarla.status === 200 ? carlaId : doraId]);
    // Back to two admins for the next round.
    expect((await survivor.change(byCarla.status === 200 ? doraId : carlaId, { change: 'role', role: 'admin' })).status).toBe(200);
  }
});

test('deactivating each other at once leaves exactly one active admin', async () => {
  const [byCarla, byDora] = await Promise.all([
    carla.change(doraId, { change: 'deactivate' }),
    dora.change(carlaId, { change: 'deactivate' }),
  ]);
  expect(outcomes(byCarla.status, byDora.status)).toEqual(ONE_WINS);
  const survivor = byCarla.status === 200 ? carla : dora;
  expect(await activeAdmins(survivor)).toHaveLength(1);
});
