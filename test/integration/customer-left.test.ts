/**
 * A customer who closes the page of an answered chat: their agent (and anyone listening in) gets the
 * chat marked with when they left, as do Ongoing chat sessions, and the mark goes when they are back. A customer with another tab
 * still on the chat has not left; a waiting chat is the sweep's to judge (left-queue.test.ts).
 */
import type { TestRuntime } from '../support/runtime';
import { runtimePerFile } from '../support/runtime-world';
import { chatSetup } from '../support/chat-setup';
import { api } from '../support/clients';
import type { OngoingChatsResponse } from '../../functions/protocol/http';

let runtime: TestRuntime;
const { clients, open, startedChat, answeredChat } = chatSetup(() => runtime);

runtimePerFile((started) => (runtime = started), clients);

/** The chat as the Dashboard's Ongoing chat sessions list it. */
async function ongoingChat(token: string, chatId: string) {
  const { body } = await api<OngoingChatsResponse>(runtime.url, '/api/ongoing-chats', { method: 'GET', token });
  return body.chats.find((chat) => chat.chatId === chatId);
}

test('the agent learns that the customer closed the page, and that they are back', async () => {
  const { visitor, customer, agent, login } = await answeredChat('left-page-chat-1');
  const before = Date.now();
  await customer.close();

  const left = await agent.next('chat', (f) => f.chat.chatId === 'left-page-chat-1' && f.chat.customerLeftAt !== undefined);
  expect(left.chat.status).toBe('active');
  expect(left.chat.customerLeftAt).toBeGreaterThanOrEqual(before);

  expect(await ongoingChat(login.token, 'left-page-chat-1')).toMatchObject({ customerLeftAt: left.chat.customerLeftAt });

  const back = await open(visitor.token);
  back.send({ action: 'sync', cursors: { 'left-page-chat-1': 2 } });
  await back.next('synced');
  const returned = await agent.next('chat', (f) => f.chat.chatId === 'left-page-chat-1' && f.chat.customerLeftAt === undefined);
  expect(returned.chat.status).toBe('active');
  expect(back.frames.find((f) => f.type === 'chat')).not.toHaveProperty('chat.customerLeftAt');
  expect(await ongoingChat(login.token, 'left-page-chat-1')).not.toHaveProperty('customerLeftAt');
});

test('after a reload, closing the page again is reported again', async () => {
  const { visitor, customer, agent } = await answeredChat('left-page-chat-2');
  await customer.close();
  await agent.next('chat', (f) => f.chat.chatId === 'left-page-chat-2' && f.chat.customerLeftAt !== undefined);
  const back = await open(visitor.token);
  back.send({ action: 'sync', cursors: { 'left-page-chat-2': 2 } });
  await back.next('synced');
  await agent.next('chat', (f) => f.chat.chatId === 'left-page-chat-2' && f.chat.customerLeftAt === undefined);

  await back.close();
  const again = await agent.next('chat', (f) => f.chat.chatId === 'left-page-chat-2' && f.chat.customerLeftAt !== undefined);
  expect(again.chat.status).toBe('active');
});

test('a customer with another tab still on the chat has not left', async () => {
  const { visitor, customer, agent } = await answeredChat('left-page-chat-3');
  const second = await open(visitor.token);
  second.send({ action: 'sync', cursors: { 'left-page-chat-3': 2 } });
  await second.next('synced');
  await customer.close();
  // A message after the close arrives behind any chat frame the close would have caused.
  await second.sendStored({ action: 'message.send', chatId: 'left-page-chat-3', clientMessageId: 'still-here-0001', text: 'Still here' });
  await agent.next('message', (f) => f.message.clientMessageId === 'still-here-0001');
  expect(agent.frames.filter((f) => f.type === 'chat' && f.chat.chatId === 'left-page-chat-3' && f.chat.customerLeftAt !== undefined)).toEqual([]);
});

test('a chat that has ended is not marked when its customer closes the page', async () => {
  const { customer, agent } = await answeredChat('left-page-chat-4');
  agent.send({ action: 'chat.end', chatId: 'left-page-chat-4' });
  await customer.next('chat', (f) => f.chat.status === 'ended');
  await customer.close();
  agent.send({ action: 'sync', cursors: {} });
  await agent.next('synced');
  const views = agent.frames.filter((f) => f.type === 'chat' && f.chat.chatId === 'left-page-chat-4');
  expect(views.at(-1)).toMatchObject({ chat: { status: 'ended' } });
  expect(views.filter((f) => f.type === 'chat' && f.chat.customerLeftAt !== undefined)).toEqual([]);
});

test('a customer whose chat still waits is not reported at the close', async () => {
  const { customer } = await startedChat('left-page-chat-5');
  await customer.close();
  const { login } = await answeredChat('left-page-chat-6');
  const anna = await open(login.token);
  anna.send({ action: 'queue.claim', chatId: 'left-page-chat-5' });
  const claimed = await anna.next('chat', (f) => f.chat.chatId === 'left-page-chat-5' && f.chat.status === 'active');
  expect(claimed.chat).not.toHaveProperty('customerLeftAt');
});
