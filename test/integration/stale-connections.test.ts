/** `$disconnect` is best-effort: connections it never reported are cleaned up by fan-out (410) and the sweeper. */
import { ANNA, BRAM, type TestRuntime } from '../support/runtime';
import { runtimePerTest } from '../support/runtime-world';
import { Client, loginAgent, newVisitor, ticketFor } from '../support/clients';

let runtime: TestRuntime;

runtimePerTest((started) => (runtime = started));

async function agentClient(email: string, password: string) {
  const login = await loginAgent(runtime.url, email, password);
  return Client.connect(runtime.wsUrl, await ticketFor(runtime.url, login.token));
}

/** Closes the socket while the gateway swallows its `$disconnect`, as API Gateway sometimes does. */
async function vanish(client: Client) {
  runtime.gateway.swallowDisconnects = true;
  await client.close();
  runtime.gateway.swallowDisconnects = false;
}

test('the sweeper forgets an agent connection whose $disconnect never came, once it has expired', async () => {
  await vanish(await agentClient(ANNA.email, ANNA.password));

  expect(await runtime.scheduler.fire('Sweeper', new Date())).toMatchObject({ staleConnections: 0 });
  const threeHoursOn = new Date(Date.now() + 3 * 3600_000);
  expect(await runtime.scheduler.fire('Sweeper', threeHoursOn)).toMatchObject({ staleConnections: 1 });
  expect(await runtime.scheduler.fire('Sweeper', threeHoursOn)).toMatchObject({ staleConnections: 0 });
});

test('a vanished agent connection does not stop the others from being told about a new chat', async () => {
  const anna = await agentClient(ANNA.email, ANNA.password);
  await vanish(await agentClient(BRAM.email, BRAM.password));

  const customer = await Client.connect(runtime.wsUrl, await ticketFor(runtime.url, (await newVisitor(runtime.url)).token));
  customer.send({ action: 'chat.start', chatId: 'stale-conn-chat', name: 'Eva', email: 'eva@example.com', question: 'Hi' });
  expect(await anna.next('queue', (f) => f.waiting === 1)).toMatchObject({ type: 'queue', waiting: 1 });
  await runtime.idle();

  // The fan-out met Bram's vanished connection (410) and forgot it; three hours on, only Anna's
  // (still open, but past its lifetime by then) is left for the sweeper.
  expect(await runtime.scheduler.fire('Sweeper', new Date(Date.now() + 3 * 3600_000))).toMatchObject({ staleConnections: 1 });
  await anna.close();
  await customer.close();
});
