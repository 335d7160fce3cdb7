/** A client that reconnects names its last sequence number and gets exactly what it missed. */
import type { TestRuntime } from '../support/runtime';
import { runtimePerFile } from '../support/runtime-world';
import { chatSetup } from '../support/chat-setup';

let runtime: TestRuntime;
const { clients, open, answeredChat } = chatSetup(() => runtime);

runtimePerFile((started) => (runtime = started), clients);


test('a customer who reconnects receives exactly the messages sent while away', async () => {
  const { visitor, customer, agent } = await answeredChat('resume-chat-01');
  await customer.close();
  for (let i = 1; i <= 3; i++) {
    await agent.sendStored({ action: 'message.send', chatId: 'resume-chat-01', clientMessageId: `away-msg-000${i}`, text: `While you were away ${i}` });
  }

  const back = await open(visitor.token);
  back.send({ action: 'sync', cursors: { 'resume-chat-01': 2 } });
  await back.next('synced');

  expect(back.messages('resume-chat-01').map((m) => [m.seq, m.text])).toEqual([
    [3, 'While you were away 1'],
    [4, 'While you were away 2'],
    [5, 'While you were away 3'],
  ]);
  expect(back.frames.find((f) => f.type === 'chat')).toMatchObject({ chat: { status: 'active', lastSeq: 5 } });
});

test('a reconnected customer receives new messages live, once', async () => {
  const { visitor, customer, agent } = await answeredChat('resume-chat-02');
  await customer.close();
  const back = await open(visitor.token);
  back.send({ action: 'sync', cursors: { 'resume-chat-02': 2 } });
  await back.next('synced');

  agent.send({ action: 'message.send', chatId: 'resume-chat-02', clientMessageId: 'live-msg-0001', text: 'Welcome back' });
  await back.next('message', (f) => f.message.clientMessageId === 'live-msg-0001');
  back.send({ action: 'sync', cursors: { 'resume-chat-02': 3 } });
  await back.next('synced');

  expect(back.messages('resume-chat-02').filter((m) => m.text === 'Welcome back')).toHaveLength(1);
});

test('a message resent with the same client id is stored once and answered as a duplicate', async () => {
  const { customer, agent } = await answeredChat('resume-chat-03');
  const frame = { action: 'message.send', chatId: 'resume-chat-03', clientMessageId: 'twice-msg-0001', text: 'Only once please' };
  customer.send(frame);
  await agent.next('message', (f) => f.message.clientMessageId === 'twice-msg-0001');
  customer.send({ ...frame, ref: 'again' });

  expect(await customer.next('duplicate')).toMatchObject({
    ref: 'again', clientMessageId: 'twice-msg-0001', message: { clientMessageId: 'twice-msg-0001', seq: 3, text: 'Only once please' },
  });
  agent.send({ action: 'sync', cursors: { 'resume-chat-03': 0 } });
  await agent.next('synced');
  const fromHistory = agent.messages('resume-chat-03').filter((m) => m.clientMessageId === 'twice-msg-0001');
  expect(new Set(fromHistory.map((m) => m.seq)).size).toBe(1);
});

test('an agent reconnecting follows its chats again without naming them', async () => {
  const { login, agent, customer } = await answeredChat('resume-chat-04');
  await agent.close();
  const back = await open(login.token);
  back.send({ action: 'sync' });
  const synced = await back.next('synced');
  expect(synced.chatIds).toContain('resume-chat-04');

  customer.send({ action: 'message.send', chatId: 'resume-chat-04', clientMessageId: 'after-reconnect', text: 'Are you there?' });
  expect((await back.next('message', (f) => f.message.clientMessageId === 'after-reconnect')).message.text).toBe('Are you there?');
});
