/** A role change reaches the changed agent's open consoles as a `role` frame, and no one else's. */
import { ANNA, BRAM, type TestRuntime } from '../support/runtime';
import { runtimePerFile } from '../support/runtime-world';
import { connectAgent, type Client } from '../support/clients';
import { agentByEmail, asAdmin } from '../support/admin';

let runtime: TestRuntime;
let bramConsoles: Client[];
let anna: Client;
const clients: Client[] = [];

runtimePerFile(async (started) => {
  runtime = started;
  bramConsoles = await Promise.all([1, 2].map(() => connectAgent(runtime.url, runtime.wsUrl, BRAM.email, BRAM.password)));
  anna = await connectAgent(runtime.url, runtime.wsUrl, ANNA.email, ANNA.password);
  clients.push(...bramConsoles, anna);
}, clients);

test("every one of the agent's open consoles is told the new role", async () => {
  const bram = await agentByEmail(runtime.url, BRAM.email);
  const admin = await asAdmin(runtime.url);

  expect((await admin.change(bram.id, { change: 'role', role: 'admin' })).status).toBe(200);

  for (const console of bramConsoles) expect(await console.next('role')).toEqual({ type: 'role', role: 'admin' });
});

test('a later change is told too, and other agents hear none of it', async () => {
  const bram = await agentByEmail(runtime.url, BRAM.email);
  const admin = await asAdmin(runtime.url);

  expect((await admin.change(bram.id, { change: 'role', role: 'agent' })).status).toBe(200);

  expect(await bramConsoles[0].next('role', (f) => f.role === 'agent')).toEqual({ type: 'role', role: 'agent' });
  expect(anna.frames.filter((f) => f.type === 'role')).toEqual([]);
});
