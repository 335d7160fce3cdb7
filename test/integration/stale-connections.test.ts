/** `$disconnect` is best-effort: connections it never reported are cleaned up by fan-out (410) and the sweeper. */
import { ANNA, BRAM, type TestRuntime } from '../support/runtime';
import { runtimePerTest } from '../support/runtime-world';
import { Client, connectAgent, loginAgent, newVisitor, ticketFor } from '../support/clients';
import { chatSetup } from '../support/chat-setup';
import { shiftedClock, type ShiftedClock } from '../support/shifted-clock';
import { connectEvent, messageEvent, type ApiIdentity } from '../../infra/local/gateway/events';

let runtime: TestRuntime;
const clock: ShiftedClock = shiftedClock();
const { clients, answeredChat } = chatSetup(() => runtime);

// Every test starts on the real clock; one may move it on.
beforeEach(() => clock.standAt(Date.now()));
afterAll(() => clock.remove());
runtimePerTest((started) => (runtime = started), clients, { handlerEnv: clock.env });

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
  // A minute on: past the window in which a 410 may only mean "still opening" (HANDSHAKE_WINDOW_MS in fanout.ts).
  clock.standAt(Date.now() + 60_000);

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

test('a fan-out that meets a connection still in its $connect (410) leaves it signed in', async () => {
  // Given Bram's connection admitted by `$connect` but not yet opened: the gateway answers 410 for it.
  const api: ApiIdentity = { apiId: 'local', stage: 'live', domainName: 'localhost' };
  const opening = { connectionId: 'bram-opening', connectedAt: Date.now(), sourceIp: '127.0.0.1' };
  const ticket = await ticketFor(runtime.url, (await loginAgent(runtime.url, BRAM.email, BRAM.password)).token);
  expect(await runtime.invoke('WsConnect', connectEvent(api, opening, {}, new URLSearchParams({ ticket })))).toEqual({ statusCode: 200 });

  // When Anna goes Present, every agent online, Bram's opening connection among them, hears the new list.
  const anna = await agentClient(ANNA.email, ANNA.password);
  anna.send({ action: 'presence.set', status: 'present' });
  await anna.next('agents', (f) => f.present.some((a) => a.name === ANNA.name));
  await runtime.idle();

  // Then, once open, its first frame is answered as signed in, not refused.
  const sync = messageEvent(api, opening, 'sync', JSON.stringify({ action: 'sync' }));
  expect(await runtime.invoke('WsSync', sync)).toEqual({ statusCode: 200 });
  await anna.close();
});

test('a customer whose $disconnect never came is found gone by the agent\'s next message, and the chat ends as theirs', async () => {
  const { customer, agent } = await answeredChat('vanished-customer');
  await vanish(customer);
  clock.standAt(Date.now() + 60_000);
  // Nothing told the agent yet: the chat is as it was.
  expect(agent.frames.some((f) => f.type === 'chat' && f.chat.customerLeftAt !== undefined)).toBe(false);

  const sendWrites = async () => (await runtime.metrics()).lambda.dynamo.byHandler.WsMessageSend?.writeUnits ?? 0;
  const writesBefore = await sendWrites();
  agent.send({ action: 'message.send', chatId: 'vanished-customer', clientMessageId: 'still-there-1', text: 'Are you still there?' });
  const left = await agent.next('chat', (f) => f.chat.chatId === 'vanished-customer' && f.chat.customerLeftAt !== undefined);
  expect(left.chat.status).toBe('active');
  expect(left.chat.customerLeftAt).toBeGreaterThanOrEqual(Date.now() + 59_000);
  await runtime.idle();
  // Its seq, itself, the forgotten connection, the chat's mark (which drops the connection from the chat too) and the sweep's entry for the mark.
  expect((await sendWrites()) - writesBefore).toBe(5);

  // Ten minutes on, the sweep ends it as the customer's own leaving (and closes Anna's console, silent since).
  const report = await runtime.scheduler.fire('Sweeper', new Date(left.chat.customerLeftAt! + 11 * 60_000));
  expect(report).toMatchObject({ chatsLeftAnswered: 1 });
  const anna = await connectAgent(runtime.url, runtime.wsUrl, ANNA.email, ANNA.password);
  clients.push(anna);
  expect(anna.frames.find((f) => f.type === 'chat' && f.chat.chatId === 'vanished-customer')).toMatchObject({ chat: { status: 'ended' } });
  const line = anna.frames.find((f) => f.type === 'message' && f.message.chatId === 'vanished-customer' && f.message.event === 'ended');
  expect(line).toMatchObject({ message: { text: 'Sam left the page and did not come back, which ended the chat', byCustomer: true } });
});
