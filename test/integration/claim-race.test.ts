/** Agents racing for the queue: every chat is claimed exactly once, none is left behind. */
import type { TestRuntime } from '../support/runtime';
import { runtimePerFile } from '../support/runtime-world';
import { Client, loginAgent, newVisitor, ticketFor } from '../support/clients';

const AGENTS = 20;
const CHATS = 100;
let runtime: TestRuntime;
const clients: Client[] = [];

runtimePerFile(async (started) => {
  runtime = started;
  const agents = Array.from({ length: AGENTS }, (_, i) => ({ name: `Racer ${i}`, email: `racer${i}@parley.test`, password: `racer-${i}`, role: 'agent' }));
  await runtime.invoke('DemoAgents', { agents });
}, clients);

test(`${AGENTS} agents asking at once for ${CHATS} chats claim each exactly once`, async () => {
  for (let i = 0; i < CHATS; i++) {
    const customer = await Client.connect(runtime.wsUrl, await ticketFor(runtime.url, (await newVisitor(runtime.url)).token));
    clients.push(customer);
    customer.send({ action: 'chat.start', chatId: `race-chat-${String(i).padStart(3, '0')}`, name: `C${i}`, email: `c${i}@example.com`, question: 'Anyone?' });
    await customer.next('chat');
  }
  const agents = await Promise.all(Array.from({ length: AGENTS }, async (_, i) => {
    const login = await loginAgent(runtime.url, `racer${i}@parley.test`, `racer-${i}`);
    const client = await Client.connect(runtime.wsUrl, await ticketFor(runtime.url, login.token));
    clients.push(client);
    return client;
  }));

  const claimedBy = new Map<string, number[]>();
  await Promise.all(agents.map(async (agent, index) => {
    // Each agent keeps asking until the queue says it is empty.
    for (;;) {
      agent.send({ action: 'queue.next' });
      const outcome = await agent.nextMatching((f) => f.type === 'notice' || (f.type === 'chat' && f.chat.status === 'active' && f.chat.agent?.name === `Racer ${index}`), 20_000);
      if (outcome.type === 'notice') {
        if (outcome.code === 'queue-empty') return;
        continue;
      }
      if (outcome.type !== 'chat') throw new Error(`unexpected ${outcome.type}`);
      claimedBy.set(outcome.chat.chatId, [...(claimedBy.get(outcome.chat.chatId) ?? []), index]);
    }
  }));

  expect(claimedBy.size).toBe(CHATS);
  expect([...claimedBy.values()].every((owners) => owners.length === 1)).toBe(true);
}, 60_000);

test('two agents asking at once get the two customers who waited longest', async () => {
  for (const [i, name] of ['Mila', 'Noor', 'Sem', 'Pim', 'Ruby'].entries()) {
    const customer = await Client.connect(runtime.wsUrl, await ticketFor(runtime.url, (await newVisitor(runtime.url)).token));
    clients.push(customer);
    customer.send({ action: 'chat.start', chatId: `pair-chat-${i}`, name, email: `${name.toLowerCase()}@example.com`, question: 'Anyone?' });
    await customer.next('chat');
  }
  const pair = await Promise.all([0, 1].map(async (i) => {
    const login = await loginAgent(runtime.url, `racer${i}@parley.test`, `racer-${i}`);
    const client = await Client.connect(runtime.wsUrl, await ticketFor(runtime.url, login.token));
    clients.push(client);
    return client;
  }));

  pair.forEach((agent) => agent.send({ action: 'queue.next' }));
  const claimed = await Promise.all(pair.map((agent, i) => agent.next('chat', (f) => f.chat.status === 'active' && f.chat.agent?.name === `Racer ${i}`)));
  expect(claimed.map((f) => f.chat.customer.name).sort()).toEqual(['Mila', 'Noor']);
});
