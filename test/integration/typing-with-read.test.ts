/** A `typing` frame that carries `read`: the read marker moves as `chat.read` moves it, and the other side hears both in one post. */
import type { ServerFrame } from '../../functions/protocol';
import { ANNA, BRAM } from '../support/runtime';
import { claimedChatPerFile } from '../support/chat-setup';
import { Client, connectAgent } from '../support/clients';

const CHAT = 'typing-read-chat-01';
const world = claimedChatPerFile(CHAT, { name: 'Mila', email: 'mila@example.com', question: 'Hi there' });

/** The world.customer writes; returns the seq the agent's console got it with. */
async function customerWrites(clientMessageId: string): Promise<number> {
  world.customer.send({ action: 'message.send', chatId: CHAT, clientMessageId, text: `Question ${clientMessageId}` });
  return (await world.anna.next('message', (f) => f.message.clientMessageId === clientMessageId)).message.seq;
}

/** The agent's read marker as stored, seen by a console that signs in now. */
async function storedAgentMarker(): Promise<number | undefined> {
  const fresh = await connectAgent(world.runtime.url, world.runtime.wsUrl, ANNA.email, ANNA.password);
  const chat = [...fresh.frames].reverse().find((f) => f.type === 'chat' && f.chat.chatId === CHAT);
  await fresh.close();
  return chat?.type === 'chat' ? chat.chat.read?.agent : undefined;
}

const postHolding = (client: Client, match: (frame: ServerFrame) => boolean) => client.posts.find((post) => post.some(match));

/** The agent's next typing frame to reach the world.customer after `earlier` (the frames it had then). */
const nextAgentTyping = (earlier: Set<ServerFrame>) => world.customer.nextMatching((f) => f.type === 'typing' && f.role === 'agent' && !earlier.has(f));

test("the customer gets the agent's read, confirming its message, and the agent's typing in one post", async () => {
  const seq = await customerWrites('typing-read-m1');
  const earlier = new Set(world.customer.frames);

  world.anna.send({ action: 'typing', chatId: CHAT, read: seq });

  await nextAgentTyping(earlier);
  const post = postHolding(world.customer, (f) => f.type === 'read' && f.seq === seq);
  expect(post).toEqual([
    { type: 'read', chatId: CHAT, role: 'agent', seq, confirms: [expect.objectContaining({ clientMessageId: 'typing-read-m1', seq })] },
    { type: 'typing', chatId: CHAT, role: 'agent', name: ANNA.name, at: expect.any(Number) },
  ]);
});

test('the read marker carried by a typing frame is stored on the chat', async () => {
  const seq = await customerWrites('typing-read-m2');

  world.anna.send({ action: 'typing', chatId: CHAT, read: seq });
  await world.customer.next('read', (f) => f.seq === seq);

  expect(await storedAgentMarker()).toBe(seq);
});

test("the agent's other console hears read and typing together, the console that typed hears neither", async () => {
  const annasOtherTab = await connectAgent(world.runtime.url, world.runtime.wsUrl, ANNA.email, ANNA.password);
  world.clients.push(annasOtherTab);
  const seq = await customerWrites('typing-read-m3');
  await annasOtherTab.next('message', (f) => f.message.seq === seq);
  const annaBefore = world.anna.frames.length;

  world.anna.send({ action: 'typing', chatId: CHAT, read: seq });

  await annasOtherTab.next('read', (f) => f.seq === seq);
  expect(postHolding(annasOtherTab, (f) => f.type === 'read' && f.seq === seq)?.map((f) => f.type)).toEqual(['read', 'typing']);
  await world.runtime.idle();
  expect(world.anna.frames.slice(annaBefore).filter((f) => f.type === 'read' || f.type === 'typing')).toEqual([]);
  await annasOtherTab.close();
});

test('a read that is not ahead of the stored marker leaves it alone and still relays typing', async () => {
  const seq = await customerWrites('typing-read-m4');
  world.anna.send({ action: 'chat.read', chatId: CHAT, seq });
  await world.customer.next('read', (f) => f.seq === seq);
  const postsBefore = world.customer.posts.length;
  const earlier = new Set(world.customer.frames);

  world.anna.send({ action: 'typing', chatId: CHAT, read: seq - 1 });

  await nextAgentTyping(earlier);
  expect(world.customer.posts.slice(postsBefore)).toEqual([[{ type: 'typing', chatId: CHAT, role: 'agent', name: ANNA.name, at: expect.any(Number) }]]);
  expect(await storedAgentMarker()).toBe(seq);
});

test("a customer's typing with read reaches the agent as read and typing together, and the widget that sent it hears neither", async () => {
  world.anna.send({ action: 'message.send', chatId: CHAT, clientMessageId: 'typing-read-a1', text: 'Here to help' });
  const { message } = await world.customer.next('message', (f) => f.message.clientMessageId === 'typing-read-a1');
  const postsBefore = world.customer.posts.length;

  world.customer.send({ action: 'typing', chatId: CHAT, read: message.seq });

  await world.anna.next('read', (f) => f.role === 'customer' && f.seq === message.seq);
  const isThisRead = (f: ServerFrame) => f.type === 'read' && f.role === 'customer' && f.seq === message.seq;
  expect(postHolding(world.anna, isThisRead)?.map((f) => f.type)).toEqual(['read', 'typing']);
  await world.runtime.idle();
  expect(world.customer.posts.slice(postsBefore)).toEqual([]);
});

test('an agent who is not in the chat is refused and moves no marker', async () => {
  const seq = await customerWrites('typing-read-m5');
  const bram = await connectAgent(world.runtime.url, world.runtime.wsUrl, BRAM.email, BRAM.password);
  world.clients.push(bram);

  bram.send({ action: 'typing', ref: 'stranger', chatId: CHAT, read: seq });

  expect(await bram.next('error')).toMatchObject({ ref: 'stranger', code: 'not-found' });
  expect(await storedAgentMarker()).toBeLessThan(seq);
  await bram.close();
});

test.each([0, 1.5, '2'])('a read of %p is refused with a clear error and changes nothing', async (read) => {
  const before = await storedAgentMarker();
  const typingBefore = world.customer.frames.filter((f) => f.type === 'typing').length;

  world.anna.send({ action: 'typing', ref: 'bad-read', chatId: CHAT, read });

  expect(await world.anna.next('error', (f) => f.ref === 'bad-read')).toMatchObject({ code: 'bad-frame', message: expect.stringContaining('read') });
  await world.runtime.idle();
  expect(world.customer.frames.filter((f) => f.type === 'typing')).toHaveLength(typingBefore);
  expect(await storedAgentMarker()).toBe(before);
});
