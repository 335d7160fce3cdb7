/**
 * A chat's start and claim build what they just wrote instead of reading it back, and pass on what
 * they already read: what the customer and the agent are shown is still exactly what is stored.
 */
import { startTestRuntime, type TestRuntime } from '../support/runtime';
import { Client, connectCustomer } from '../support/clients';

let runtime: TestRuntime;
const clients: Client[] = [];
const track = (client: Client) => (clients.push(client), client);

beforeEach(async () => { runtime = await startTestRuntime(); }, 60_000);
afterEach(async () => {
  await Promise.all(clients.splice(0).map((c) => c.close()));
  await runtime.stop();
});

const start = (chatId: string) => ({ action: 'chat.start', chatId, name: 'Mila', email: 'mila@example.com', phone: '+31 20 123 4567', question: 'Where is my order?', language: 'nl' });

test('the chat a customer is shown on starting it is the chat as stored', async () => {
  const customer = track(await connectCustomer(runtime.url, runtime.wsUrl));
  customer.send(start('reads-start-01'));
  const shown = (await customer.next('chat')).chat;

  // A retried start answers with the chat read from the table.
  customer.send(start('reads-start-01'));
  const stored = (await customer.next('chat')).chat;

  expect(shown).toEqual(stored);
  expect(shown).toMatchObject({ status: 'queued', lastSeq: 1, customerPhone: '+31 20 123 4567', language: 'nl' });
});
