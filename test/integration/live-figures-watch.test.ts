/**
 * `stats.live` goes only to consoles that show the live figures: a connection says so with
 * `watch`, is answered with the current figures, and from then on hears every answer and end
 * until it unwatches or goes away.
 */
import { ANNA, BRAM, type TestRuntime } from '../support/runtime';
import { runtimePerTest } from '../support/runtime-world';
import { Client, connectAgent, connectCustomer, loginAgent } from '../support/clients';
import { claimedChat } from '../support/chat-setup';

let runtime: TestRuntime;
const clients: Client[] = [];
const track = (client: Client) => (clients.push(client), client);

runtimePerTest((started) => (runtime = started), clients);

const agent = async (who: { email: string; password: string }) => track(await connectAgent(runtime.url, runtime.wsUrl, who.email, who.password));

/** Sends `watch` and resolves with the figures it is answered with. */
async function watch(client: Client, seq: number) {
  client.send({ action: 'watch', stats: true, seq });
  return client.next('stats.live');
}

/** Sends a frame and waits until its handler has run: a frame answered after it arrived after it, and idle means handled. */
async function sendHandled(client: Client, frame: unknown) {
  client.send(frame);
  client.send('marker');
  await client.next('error', (f) => f.message === 'frame is not valid JSON');
  await runtime.idle();
}

async function answeredChat(chatId: string, by: Client) {
  const customer = track(await connectCustomer(runtime.url, runtime.wsUrl));
  await claimedChat(by, customer, chatId, { name: 'Mila Bakker', email: 'mila@example.com', question: 'Where is my order?' });
  return customer;
}

const liveFrames = (client: Client) => client.frames.filter((f) => f.type === 'stats.live');

test('a watch is answered with the current figures', async () => {
  const anna = await agent(ANNA);
  await answeredChat('watch-chat-0001', anna);
  await runtime.idle();

  expect(await watch(anna, 1)).toMatchObject({ activeChats: 1, answeredToday: 1, channels: { default: { activeChats: 1, answeredToday: 1 } } });
});

test('a watching connection hears the figures move when a chat is answered and when it ends', async () => {
  const anna = await agent(ANNA);
  await watch(anna, 1);

  await answeredChat('watch-chat-0002', anna);
  expect(await anna.next('stats.live')).toMatchObject({ activeChats: 1, answeredToday: 1 });
  anna.send({ action: 'chat.end', chatId: 'watch-chat-0002' });
  expect(await anna.next('stats.live')).toMatchObject({ activeChats: 0, answeredToday: 1 });
});

test('a hand-over is pushed too: the figures stay, but who answers the chat changed', async () => {
  const [anna, bram] = [await agent(ANNA), await agent(BRAM)];
  bram.send({ action: 'presence.set', status: 'present' });
  await bram.next('presence', (f) => f.status === 'present');
  await answeredChat('watch-chat-0009', anna);
  await runtime.idle();
  await watch(anna, 1);
  const bramId = (await loginAgent(runtime.url, BRAM.email, BRAM.password)).agent.id;

  anna.send({ action: 'chat.transfer', chatId: 'watch-chat-0009', toAgentId: bramId });
  await bram.next('chat', (f) => f.chat.transfer !== undefined);
  await runtime.idle();
  const before = liveFrames(anna).length;
  bram.send({ action: 'transfer.accept', chatId: 'watch-chat-0009' });
  await bram.next('chat', (f) => f.chat.agent?.name === BRAM.name);
  await runtime.idle();

  expect(liveFrames(anna).slice(before)).toEqual([expect.objectContaining({ activeChats: 1, answeredToday: 1 })]);
});

test('a chat its customer goes back to, with the same agent, is ongoing again, and ends once more', async () => {
  const anna = await agent(ANNA);
  anna.send({ action: 'presence.set', status: 'present' });
  await anna.next('presence', (f) => f.status === 'present');
  const customer = await answeredChat('watch-chat-0005', anna);
  anna.send({ action: 'chat.end', chatId: 'watch-chat-0005' });
  await anna.next('chat', (f) => f.chat.status === 'ended');
  await runtime.idle();
  expect(await watch(anna, 1)).toMatchObject({ activeChats: 0, answeredToday: 1 });

  customer.send({ action: 'chat.reopen', chatId: 'watch-chat-0005' });
  expect(await anna.next('stats.live')).toMatchObject({ activeChats: 1, answeredToday: 1 });
  anna.send({ action: 'chat.end', chatId: 'watch-chat-0005' });
  expect(await anna.next('stats.live')).toMatchObject({ activeChats: 0, answeredToday: 1 });
});

test('a connection that does not watch gets no stats.live at all', async () => {
  const [anna, bram] = [await agent(ANNA), await agent(BRAM)];
  await watch(anna, 1);

  await answeredChat('watch-chat-0003', bram);
  bram.send({ action: 'chat.end', chatId: 'watch-chat-0003' });
  await anna.next('stats.live', (f) => f.activeChats === 0 && f.answeredToday === 1);
  await runtime.idle();

  expect(liveFrames(bram)).toEqual([]);
});

test('after unwatching, a connection hears no more figures', async () => {
  const [anna, bram] = [await agent(ANNA), await agent(BRAM)];
  await Promise.all([watch(anna, 1), watch(bram, 1)]);
  await sendHandled(bram, { action: 'watch', stats: false, seq: 2 });
  const heardBefore = liveFrames(bram).length;

  await answeredChat('watch-chat-0004', anna);
  await anna.next('stats.live', (f) => f.activeChats === 1);
  await runtime.idle();

  expect(liveFrames(bram)).toHaveLength(heardBefore);
});

test('an older watch frame handled after a newer one does not undo it', async () => {
  const anna = await agent(ANNA);
  await watch(anna, 5);
  await sendHandled(anna, { action: 'watch', stats: false, seq: 4 });

  await answeredChat('watch-chat-0005', anna);
  expect(await anna.next('stats.live', (f) => f.activeChats === 1)).toMatchObject({ answeredToday: 1 });
});

test('a reconnected console watches again on its new connection and hears the figures there', async () => {
  const first = await agent(ANNA);
  await watch(first, 1);
  await first.close();
  const second = await agent(ANNA);
  await watch(second, 1);

  await answeredChat('watch-chat-0006', second);
  expect(await second.next('stats.live', (f) => f.activeChats === 1)).toMatchObject({ answeredToday: 1 });
});

test('a customer may not watch the figures', async () => {
  const customer = track(await connectCustomer(runtime.url, runtime.wsUrl));
  customer.send({ action: 'watch', stats: true, seq: 1, ref: 'w1' });

  expect(await customer.next('error')).toMatchObject({ ref: 'w1', code: 'forbidden' });
});

test('a watch frame with a value that is not a boolean is refused as a bad frame', async () => {
  const anna = await agent(ANNA);
  anna.send({ action: 'watch', stats: 'yes', seq: 1, ref: 'w2' });

  expect(await anna.next('error')).toMatchObject({ ref: 'w2', code: 'bad-frame', message: expect.stringContaining('stats') });
});
