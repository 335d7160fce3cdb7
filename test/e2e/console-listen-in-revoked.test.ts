/**
 * An agent listening in whose "can listen in" an admin takes away stops listening at once: their
 * open console gets none of the chat's frames from then on and drops the chat from its list, with
 * no reload.
 */
import { randomUUID } from 'node:crypto';
import type { Browser } from 'playwright-core';
import type { AgentsResponse, ChannelAgent, ChannelsResponse } from '../../functions/protocol';
import { api, connectCustomer, connectPresent, loginAgent, type Client } from '../support/clients';
import { ANNA, BRAM, type TestRuntime } from '../support/runtime';
import { ADMIN } from '../support/admin';
import { startRuntimeAndBrowser } from '../support/e2e-world';
import { MILA, openConsole } from './steps';

let runtime: TestRuntime;
let browser: Browser;
const clients: Client[] = [];

startRuntimeAndBrowser((started) => ({ runtime, browser } = started));
afterEach(async () => {
  await Promise.all(clients.splice(0).map((c) => c.close()));
  await Promise.all(browser.contexts().map((context) => context.close()));
});

/** Saves the default channel with Anna answering and Bram allowed to listen in, or not. */
async function saveChannel(token: string, bramListens: boolean) {
  const { body } = await api<AgentsResponse>(runtime.url, '/api/admin/agents', { method: 'GET', token });
  const idOf = (email: string) => body.agents.find((a) => a.email === email)!.id;
  const agents: ChannelAgent[] = [
    { agentId: idOf(ANNA.email), canRespond: true, notifications: true, canListenIn: false, manager: false },
    { agentId: idOf(BRAM.email), canRespond: false, notifications: false, canListenIn: bramListens, manager: false },
  ];
  const [stored] = (await api<ChannelsResponse>(runtime.url, '/api/channels', { method: 'GET', token })).body.channels;
  expect((await api(runtime.url, '/api/channels', { token, body: { settings: { ...stored.settings, agents }, version: stored.version } })).status).toBe(200);
}

test('taking "can listen in" away ends the listening: the console drops the chat, says why, and hears no more of it', async () => {
  const { token } = await loginAgent(runtime.url, ADMIN.email, ADMIN.password);
  await saveChannel(token, true);
  const anna = await connectPresent(runtime.url, runtime.wsUrl, ANNA);
  const customer = await connectCustomer(runtime.url, runtime.wsUrl);
  clients.push(anna, customer);
  const chatId = `revoked-e2e-${randomUUID().slice(0, 8)}`;
  customer.send({ action: 'chat.start', chatId, name: MILA.name, email: MILA.email, question: MILA.question });
  await customer.next('chat');
  anna.send({ action: 'queue.claim', chatId });
  await customer.next('message', (f) => f.message.event === 'joined');

  const bram = await openConsole(browser, runtime, BRAM, 'Away');
  // Every frame Bram's console receives, as the browser got it.
  const received: string[] = [];
  bram.on('websocket', (socket) => socket.on('framereceived', ({ payload }) => received.push(String(payload))));
  await bram.reload();
  await bram.getByRole('tab', { name: /^Dashboard/ }).click();
  await bram.getByRole('table', { name: 'Ongoing chat sessions' }).getByRole('row').filter({ hasText: MILA.name }).dblclick();
  const conversation = bram.getByRole('list', { name: 'Conversation' });
  await conversation.getByText(MILA.question).waitFor();
  const listed = bram.getByRole('navigation', { name: 'Chats' }).getByRole('button').filter({ hasText: MILA.name });
  await listed.getByText(`Listening in: ${ANNA.name} answers`).waitFor();
  customer.send({ action: 'message.send', chatId, clientMessageId: randomUUID(), text: 'Heard while allowed' });
  await conversation.getByText('Heard while allowed').waitFor();

  await saveChannel(token, false);
  await listed.waitFor({ state: 'detached' });
  await conversation.getByText(MILA.question).waitFor({ state: 'detached' });
  // Told why, not left to wonder where the chat went.
  await bram.getByRole('status').filter({ hasText: `You may no longer listen in on the chat with ${MILA.name}.` }).waitFor();

  await customer.sendStored({ action: 'message.send', chatId, clientMessageId: randomUUID(), text: 'Not for Bram' });
  await anna.next('message', (f) => f.message.text === 'Not for Bram');
  await runtime.idle();
  expect(received.some((payload) => payload.includes('Heard while allowed'))).toBe(true);
  expect(received.filter((payload) => payload.includes('Not for Bram'))).toEqual([]);
}, 60_000);
