/** Transfer with an accept step, reject, cancel, timeout, the accept-versus-cancel race, and manager take-over. */
import { ANNA, BRAM, type TestRuntime } from '../support/runtime';
import { ADMIN, asAdmin } from '../support/admin';
import { api, Client, connectAgent, connectCustomer, loginAgent, connectPresent } from '../support/clients';
import type { TranscriptResponse } from '../../functions/protocol';
import { runtimePerTest } from '../support/runtime-world';
import { claimedChat } from '../support/chat-setup';

let runtime: TestRuntime;
const clients: Client[] = [];
const track = (c: Client) => (clients.push(c), c);

runtimePerTest((started) => (runtime = started), clients);

const present = async (who: { email: string; password: string }) => track(await connectPresent(runtime.url, runtime.wsUrl, who));

async function agentIdOf(who: { email: string; password: string }) {
  return (await loginAgent(runtime.url, who.email, who.password)).agent.id;
}

async function chatOwnedBy(owner: Client, chatId: string) {
  const customer = track(await connectCustomer(runtime.url, runtime.wsUrl));
  await claimedChat(owner, customer, chatId, { name: 'Mila', email: 'mila@example.com', question: 'Can someone help?' });
  return customer;
}

/** Anna and Bram Present, and a chat of Anna's that she offers to Bram; resolves once Bram has the offer. */
async function offeredToBram(chatId: string) {
  const [anna, bram] = [await present(ANNA), await present(BRAM)];
  const customer = await chatOwnedBy(anna, chatId);
  anna.send({ action: 'chat.transfer', chatId, toAgentId: await agentIdOf(BRAM) });
  await bram.next('chat', (f) => f.chat.transfer !== undefined);
  return { anna, bram, customer };
}

async function ownerOf(chatId: string) {
  const { token } = await loginAgent(runtime.url, ANNA.email, ANNA.password);
  return (await api<TranscriptResponse>(runtime.url, `/api/chats/${chatId}`, { method: 'GET', token })).body.chat;
}

test('the receiver accepts: they own the chat, the customer sees who transferred the chat to whom, the sender only listens', async () => {
  const [anna, bram] = [await present(ANNA), await present(BRAM)];
  const customer = await chatOwnedBy(anna, 'transfer-chat-01');
  anna.send({ action: 'chat.transfer', chatId: 'transfer-chat-01', toAgentId: await agentIdOf(BRAM) });
  expect((await bram.next('chat', (f) => f.chat.transfer !== undefined)).chat.transfer).toMatchObject({ from: { name: ANNA.name }, to: { name: BRAM.name } });
  expect((await anna.next('chat', (f) => f.chat.transfer !== undefined)).chat.agent?.name).toBe(ANNA.name);

  bram.send({ action: 'transfer.accept', chatId: 'transfer-chat-01' });
  expect((await customer.next('message', (f) => f.message.event === 'transferred')).message.text).toBe(`${ANNA.name} transferred the chat to ${BRAM.name}`);
  expect((await customer.next('chat', (f) => f.chat.agent?.name === BRAM.name)).chat.transfer).toBeUndefined();
  expect(await anna.next('transfer.ended')).toMatchObject({ outcome: 'accepted' });

  anna.send({ action: 'message.send', chatId: 'transfer-chat-01', clientMessageId: 'anna-after-01', text: 'Still me?' });
  expect(await anna.next('error')).toMatchObject({ code: 'forbidden', message: `The chat went to ${BRAM.name}; your message was not sent` });
  bram.send({ action: 'message.send', chatId: 'transfer-chat-01', clientMessageId: 'bram-after-01', text: 'Bram here' });
  await anna.next('message', (f) => f.message.clientMessageId === 'bram-after-01');
});

test('the offer confirms to its sender what they sent just before it', async () => {
  const [anna] = [await present(ANNA), await present(BRAM)];
  const customer = await chatOwnedBy(anna, 'transfer-chat-09');
  anna.send({ action: 'message.send', chatId: 'transfer-chat-09', clientMessageId: 'anna-before-01', text: 'Let me ask a colleague.' });
  await customer.next('message', (f) => f.message.clientMessageId === 'anna-before-01');
  anna.send({ action: 'chat.transfer', chatId: 'transfer-chat-09', toAgentId: await agentIdOf(BRAM) });

  const offered = await anna.next('chat', (f) => f.chat.transfer !== undefined);
  expect(offered.confirms?.map((m) => [m.clientMessageId, m.text])).toEqual([['anna-before-01', 'Let me ask a colleague.']]);
});

test('the sender watches a handed-over chat on after a reconnect; an agent it never was cannot', async () => {
  const [anna, bram] = [await present(ANNA), await present(BRAM)];
  const customer = await chatOwnedBy(anna, 'transfer-chat-10');
  anna.send({ action: 'chat.transfer', chatId: 'transfer-chat-10', toAgentId: await agentIdOf(BRAM) });
  await bram.next('chat', (f) => f.chat.transfer !== undefined);
  bram.send({ action: 'transfer.accept', chatId: 'transfer-chat-10' });
  await anna.next('transfer.ended');
  await anna.close();

  // A new connection of Anna's (the console back after a dropped line) asks to follow it again.
  const again = track(await connectAgent(runtime.url, runtime.wsUrl, ANNA.email, ANNA.password));
  again.send({ action: 'chat.listen', chatId: 'transfer-chat-10' });
  expect((await again.next('chat', (f) => f.chat.chatId === 'transfer-chat-10')).chat.agent?.name).toBe(BRAM.name);
  customer.send({ action: 'message.send', chatId: 'transfer-chat-10', clientMessageId: 'mila-after-10', text: 'Thanks Bram' });
  await again.next('message', (f) => f.message.clientMessageId === 'mila-after-10');

  // Bram has no "can listen in": a chat he never had stays closed to him.
  await chatOwnedBy(again, 'transfer-chat-11');
  bram.send({ action: 'chat.listen', chatId: 'transfer-chat-11' });
  expect(await bram.next('error')).toMatchObject({ code: 'forbidden' });
});

test('an offer still waiting is shown again when its receiver reconnects, and only to them', async () => {
  const { bram } = await offeredToBram('transfer-chat-12');
  await bram.close();

  // Bram's console back after a reload: the offer and the conversation to decide on come with the sync.
  const again = track(await connectAgent(runtime.url, runtime.wsUrl, BRAM.email, BRAM.password));
  expect((await again.next('chat', (f) => f.chat.chatId === 'transfer-chat-12')).chat.transfer).toMatchObject({ from: { name: ANNA.name }, to: { name: BRAM.name } });
  expect((await again.next('message', (f) => f.message.chatId === 'transfer-chat-12')).message.text).toBe('Can someone help?');
  // (connectAgent waited for the sync's answer.)
  expect(again.frames.find((f) => f.type === 'synced')).toMatchObject({ chatIds: ['transfer-chat-12'] });
  // Anna's own sync shows her chat as before, not as an offer to her.
  const annaAgain = track(await connectAgent(runtime.url, runtime.wsUrl, ANNA.email, ANNA.password));
  expect((await annaAgain.next('chat', (f) => f.chat.chatId === 'transfer-chat-12')).chat.agent?.name).toBe(ANNA.name);

  again.send({ action: 'transfer.accept', chatId: 'transfer-chat-12' });
  await again.next('chat', (f) => f.chat.chatId === 'transfer-chat-12' && f.chat.agent?.name === BRAM.name);
  expect(await ownerOf('transfer-chat-12')).toMatchObject({ agent: { name: BRAM.name } });
});

test('the receiver hears what the customer and the sender write while the offer waits, and after a reconnect; once it is rejected, no more', async () => {
  const { anna, bram, customer } = await offeredToBram('transfer-chat-15');
  customer.send({ action: 'message.send', chatId: 'transfer-chat-15', clientMessageId: 'cust-during-1', text: 'Actually, never mind' });
  await bram.next('message', (f) => f.message.clientMessageId === 'cust-during-1');
  anna.send({ action: 'message.send', chatId: 'transfer-chat-15', clientMessageId: 'anna-during-1', text: 'Shall I keep it then?' });
  await bram.next('message', (f) => f.message.clientMessageId === 'anna-during-1');

  // Bram's console reloads while the offer waits: the new connection follows the chat too.
  await bram.close();
  const again = track(await connectAgent(runtime.url, runtime.wsUrl, BRAM.email, BRAM.password));
  await again.next('chat', (f) => f.chat.chatId === 'transfer-chat-15');
  customer.send({ action: 'message.send', chatId: 'transfer-chat-15', clientMessageId: 'cust-during-2', text: 'Still there?' });
  await again.next('message', (f) => f.message.clientMessageId === 'cust-during-2');

  again.send({ action: 'transfer.reject', chatId: 'transfer-chat-15' });
  await anna.next('transfer.ended');
  customer.send({ action: 'message.send', chatId: 'transfer-chat-15', clientMessageId: 'cust-after-1', text: 'Thanks Anna' });
  await anna.next('message', (f) => f.message.clientMessageId === 'cust-after-1');
  // Anna's copy went out in the same fan-out as Bram's would have: it came, his did not.
  expect(again.frames.some((f) => f.type === 'message' && f.message.clientMessageId === 'cust-after-1')).toBe(false);
});

test("the hand-over line confirms to the customer what they sent just before it, so it shows above the line at once", async () => {
  const { bram, customer } = await offeredToBram('transfer-chat-16');
  customer.send({ action: 'message.send', chatId: 'transfer-chat-16', clientMessageId: 'cust-before-accept', text: 'Hello? Anyone?' });
  await bram.next('message', (f) => f.message.clientMessageId === 'cust-before-accept');
  bram.send({ action: 'transfer.accept', chatId: 'transfer-chat-16' });
  const line = await customer.next('message', (f) => f.message.event === 'transferred');
  expect(line.confirms?.map((m) => m.clientMessageId)).toContain('cust-before-accept');
});

test('an offer rejected is not shown again on the next sync', async () => {
  const { anna, bram } = await offeredToBram('transfer-chat-13');
  bram.send({ action: 'transfer.reject', chatId: 'transfer-chat-13' });
  await anna.next('transfer.ended');

  bram.send({ action: 'sync', ref: 'after-reject' });
  expect((await bram.next('synced', (f) => f.ref === 'after-reject')).chatIds).not.toContain('transfer-chat-13');
});

test('a chat that ends while its offer waits takes the offer with it: the receiver is told, and nothing is left to accept', async () => {
  const { anna, bram, customer } = await offeredToBram('transfer-chat-14');
  customer.send({ action: 'chat.end', chatId: 'transfer-chat-14' });

  // The sender sees the chat end, without the offer; the receiver sees the offer go, and why.
  expect((await anna.next('chat', (f) => f.chat.status === 'ended')).chat.transfer).toBeUndefined();
  expect((await bram.next('chat', (f) => f.chat.status === 'ended')).chat.transfer).toBeUndefined();
  expect(await bram.next('transfer.ended')).toMatchObject({ chatId: 'transfer-chat-14', outcome: 'ended' });
  expect(anna.frames.some((f) => f.type === 'transfer.ended')).toBe(false);
  bram.send({ action: 'transfer.accept', chatId: 'transfer-chat-14' });
  expect(await bram.next('error')).toMatchObject({ code: 'conflict', message: 'This transfer is no longer waiting' });

  // Nothing is offered again on a reconnect, and the time-out finds nothing to withdraw.
  bram.send({ action: 'sync', ref: 'after-end' });
  expect((await bram.next('synced', (f) => f.ref === 'after-end')).chatIds).not.toContain('transfer-chat-14');
  expect(await runtime.scheduler.fire('Sweeper', new Date(Date.now() + 125_000))).toMatchObject({ transfersTimedOut: 0 });
});

test('the receiver rejects, or the sender cancels: the sender keeps the chat', async () => {
  const [anna, bram] = [await present(ANNA), await present(BRAM)];
  await chatOwnedBy(anna, 'transfer-chat-02');
  const bramId = await agentIdOf(BRAM);

  anna.send({ action: 'chat.transfer', chatId: 'transfer-chat-02', toAgentId: bramId });
  await bram.next('chat', (f) => f.chat.transfer !== undefined);
  bram.send({ action: 'transfer.reject', chatId: 'transfer-chat-02' });
  expect(await anna.next('transfer.ended')).toMatchObject({ outcome: 'rejected' });

  anna.send({ action: 'chat.transfer', chatId: 'transfer-chat-02', toAgentId: bramId });
  await bram.next('chat', (f) => f.chat.transfer !== undefined);
  anna.send({ action: 'transfer.cancel', chatId: 'transfer-chat-02' });
  expect(await bram.next('transfer.ended', (f) => f.outcome === 'cancelled')).toMatchObject({ chatId: 'transfer-chat-02' });
  bram.send({ action: 'transfer.accept', chatId: 'transfer-chat-02' });
  expect(await bram.next('error')).toMatchObject({ code: 'conflict', message: 'This transfer is no longer waiting' });
  expect(await ownerOf('transfer-chat-02')).toMatchObject({ agent: { name: ANNA.name } });
});

test('a transfer nobody answers times out and the sender keeps the chat', async () => {
  const { anna } = await offeredToBram('transfer-chat-03');

  expect(await runtime.scheduler.fire('Sweeper', new Date(Date.now() + 60_000))).toMatchObject({ transfersTimedOut: 0 });
  expect(await runtime.scheduler.fire('Sweeper', new Date(Date.now() + 125_000))).toMatchObject({ transfersTimedOut: 1 });
  expect(await anna.next('transfer.ended')).toMatchObject({ outcome: 'timed-out' });
  expect(await ownerOf('transfer-chat-03')).toMatchObject({ agent: { name: ANNA.name } });
});

test('an offer to an agent an admin deactivates goes back to its sender at once: she keeps the chat and can offer it again', async () => {
  const { anna } = await offeredToBram('transfer-chat-04');

  expect((await (await asAdmin(runtime.url)).change(await agentIdOf(BRAM), { change: 'deactivate' })).status).toBe(200);

  expect(await anna.next('transfer.ended')).toMatchObject({ chatId: 'transfer-chat-04', outcome: 'unavailable' });
  expect((await anna.next('chat', (f) => f.chat.chatId === 'transfer-chat-04' && f.chat.transfer === undefined)).chat.agent?.name).toBe(ANNA.name);
  expect(await ownerOf('transfer-chat-04')).not.toHaveProperty('transfer');
});

test('a receiver who logs out declines the offer as they go: the sender hears they are no longer available and keeps the chat', async () => {
  const { anna, bram } = await offeredToBram('transfer-chat-15');

  bram.send({ action: 'transfer.reject', chatId: 'transfer-chat-15', loggingOut: true });

  expect(await anna.next('transfer.ended')).toMatchObject({ chatId: 'transfer-chat-15', outcome: 'unavailable' });
  expect(await ownerOf('transfer-chat-15')).toMatchObject({ agent: { name: ANNA.name } });
  expect(await ownerOf('transfer-chat-15')).not.toHaveProperty('transfer');
});

test('loggingOut is a flag or nothing: any other value is refused and the offer still waits', async () => {
  const { bram } = await offeredToBram('transfer-chat-16');

  bram.send({ action: 'transfer.reject', chatId: 'transfer-chat-16', loggingOut: 'yes' });

  expect(await bram.next('error')).toMatchObject({ code: 'bad-frame', message: expect.stringContaining('loggingOut') });
  expect(await ownerOf('transfer-chat-16')).toMatchObject({ transfer: { to: { name: BRAM.name } } });
});

test('only Present agents can receive a transfer', async () => {
  const anna = await present(ANNA);
  track(await connectAgent(runtime.url, runtime.wsUrl, BRAM.email, BRAM.password));
  await chatOwnedBy(anna, 'transfer-chat-04');
  anna.send({ action: 'chat.transfer', chatId: 'transfer-chat-04', toAgentId: await agentIdOf(BRAM) });
  expect(await anna.next('error')).toMatchObject({ code: 'conflict', message: 'That agent is not available for a transfer' });
});

test('accept racing cancel: each chat ends with exactly one owner, and both sides agree which', async () => {
  const [anna, bram] = [await present(ANNA), await present(BRAM)];
  const bramId = await agentIdOf(BRAM);
  const chats = Array.from({ length: 12 }, (_, i) => `race-transfer-${String(i).padStart(2, '0')}`);
  for (const chatId of chats) await chatOwnedBy(anna, chatId);
  for (const chatId of chats) {
    anna.send({ action: 'chat.transfer', chatId, toAgentId: bramId });
    await bram.next('chat', (f) => f.chat.chatId === chatId && f.chat.transfer !== undefined);
  }
  for (const chatId of chats) {
    bram.send({ action: 'transfer.accept', chatId });
    anna.send({ action: 'transfer.cancel', chatId });
  }
  await runtime.idle();
  const owners = await Promise.all(chats.map(async (chatId) => (await ownerOf(chatId)).agent?.name));
  expect(owners.every((name) => name === ANNA.name || name === BRAM.name)).toBe(true);
  const accepted = anna.frames.filter((f) => f.type === 'transfer.ended' && f.outcome === 'accepted').map((f) => (f as { chatId: string }).chatId);
  expect(chats.filter((_, i) => owners[i] === BRAM.name).sort()).toEqual(accepted.sort());
}, 60_000);

test('a manager takes over a chat, or hands it to another agent without an accept step; agents cannot', async () => {
  const [anna, bram, admin] = [await present(ANNA), await present(BRAM), await present(ADMIN)];
  const customer = await chatOwnedBy(anna, 'takeover-chat-01');

  bram.send({ action: 'chat.takeover', chatId: 'takeover-chat-01' });
  expect(await bram.next('error')).toMatchObject({ code: 'forbidden' });
  admin.send({ action: 'chat.takeover', chatId: 'takeover-chat-01' });
  expect((await customer.next('chat', (f) => f.chat.agent?.name === ADMIN.name)).chat.status).toBe('active');
  expect((await customer.next('message', (f) => f.message.event === 'transferred')).message.text).toBe(`${ADMIN.name} took over the chat`);

  admin.send({ action: 'chat.transfer', chatId: 'takeover-chat-01', toAgentId: await agentIdOf(BRAM), direct: true });
  await customer.next('chat', (f) => f.chat.agent?.name === BRAM.name);
  expect((await customer.next('message', (f) => f.message.event === 'transferred' && f.message.seq > 3)).message.text).toBe(`${ADMIN.name} transferred the chat to ${BRAM.name}`);
  expect(await ownerOf('takeover-chat-01')).toMatchObject({ agent: { name: BRAM.name } });
});

test("a manager's hand-over of another agent's chat names the manager, for the customer and the agent it was taken from", async () => {
  const [anna, bram, admin] = [await present(ANNA), await present(BRAM), await present(ADMIN)];
  const customer = await chatOwnedBy(anna, 'handover-chat-01');

  admin.send({ action: 'chat.transfer', chatId: 'handover-chat-01', toAgentId: await agentIdOf(BRAM), direct: true });
  const line = `${ADMIN.name} transferred the chat to ${BRAM.name}`;
  expect((await customer.next('message', (f) => f.message.event === 'transferred')).message.text).toBe(line);
  expect((await anna.next('message', (f) => f.message.chatId === 'handover-chat-01' && f.message.event === 'transferred')).message.text).toBe(line);
  expect((await bram.next('message', (f) => f.message.chatId === 'handover-chat-01' && f.message.event === 'transferred')).message.text).toBe(line);
});

test("a manager's take-over while an offer waits withdraws the offer: its receiver is told, and has nothing left to accept", async () => {
  const { bram } = await offeredToBram('takeover-offer-01');
  const admin = await present(ADMIN);

  admin.send({ action: 'chat.takeover', chatId: 'takeover-offer-01' });

  expect(await bram.next('transfer.ended', (f) => f.chatId === 'takeover-offer-01')).toMatchObject({ outcome: 'cancelled' });
  bram.send({ action: 'transfer.accept', chatId: 'takeover-offer-01' });
  expect(await bram.next('error')).toMatchObject({ code: 'conflict' });
  expect(await ownerOf('takeover-offer-01')).toMatchObject({ agent: { name: ADMIN.name } });
});

test('a manager handing the chat straight to the agent an offer waited for tells nobody the offer was withdrawn', async () => {
  const { bram } = await offeredToBram('handover-offer-01');
  const admin = await present(ADMIN);

  admin.send({ action: 'chat.transfer', chatId: 'handover-offer-01', toAgentId: await agentIdOf(BRAM), direct: true });

  await bram.next('chat', (f) => f.chat.chatId === 'handover-offer-01' && f.chat.agent?.name === BRAM.name);
  await runtime.idle();
  expect(bram.frames.filter((f) => f.type === 'transfer.ended')).toEqual([]);
});
