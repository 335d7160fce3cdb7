/** The list of Present agents (whom a chat can be transferred to) is sent when it changes, not with every queue change. */
import { ANNA, BRAM, type TestRuntime } from '../support/runtime';
import { Client, connectAgent, connectCustomer, connectPresent } from '../support/clients';
import { runtimePerTest } from '../support/runtime-world';

let runtime: TestRuntime;
const clients: Client[] = [];
const track = (client: Client) => (clients.push(client), client);

runtimePerTest((started) => (runtime = started), clients);

const present = async (who: { email: string; password: string }) => track(await connectPresent(runtime.url, runtime.wsUrl, who));

const names = (frame: { present: { name: string }[] }) => frame.present.map((a) => a.name).sort();

/** The next list of Present agents received after the first `since` frames. */
async function listAfter(client: Client, since: number) {
  const frame = await client.nextMatching((f) => f.type === 'agents' && client.frames.indexOf(f) >= since);
  return frame.type === 'agents' ? names(frame) : [];
}

test('a chat starting and being answered sends agents the queue, not the list of Present agents', async () => {
  const anna = await present(ANNA);
  await anna.next('agents', (f) => names(f).includes(ANNA.name));
  await runtime.idle();
  const before = anna.frames.length;

  const customer = track(await connectCustomer(runtime.url, runtime.wsUrl));
  customer.send({ action: 'chat.start', chatId: 'list-chat-01', name: 'Mila', email: 'mila@example.com', question: 'Hello?' });
  await anna.next('queue', (f) => f.waiting === 1);
  anna.send({ action: 'queue.next' });
  await anna.next('queue', (f) => f.waiting === 0);
  await runtime.idle();

  expect(anna.frames.slice(before).filter((f) => f.type === 'agents')).toEqual([]);
});

test("a Present agent's last connection closing takes them off the other agents' list", async () => {
  const anna = await present(ANNA);
  const bram = await present(BRAM);
  await anna.next('agents', (f) => names(f).includes(BRAM.name));
  await runtime.idle();
  const before = anna.frames.length;

  await bram.close();

  expect(await listAfter(anna, before)).toEqual([ANNA.name]);
});

test("an agent who reconnects while already Present is back on the other agents' list", async () => {
  const anna = await present(ANNA);
  const bram = await present(BRAM);
  await anna.next('agents', (f) => names(f).includes(BRAM.name));
  await runtime.idle();
  const beforeClose = anna.frames.length;
  await bram.close();
  await listAfter(anna, beforeClose);
  const before = anna.frames.length;

  track(await connectAgent(runtime.url, runtime.wsUrl, BRAM.email, BRAM.password));

  expect(await listAfter(anna, before)).toEqual([ANNA.name, BRAM.name].sort());
});
