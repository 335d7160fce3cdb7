/** After the end: feedback once, the transcript by mail, and "Back to chat" with the agent or via the queue. */
import { ANNA, BRAM, type TestRuntime } from '../support/runtime';
import { api, Client, connectAgent, connectCustomer, connectPresent, loginAgent } from '../support/clients';
import type { MailboxResponse } from '../../functions/protocol';
import { runtimePerTest } from '../support/runtime-world';
import { claimedChat } from '../support/chat-setup';
import { defaultChannelSettings } from '../../functions/protocol/channel-defaults';
import { closeDefaultChannel } from '../support/admin';

let runtime: TestRuntime;
const clients: Client[] = [];
const track = (c: Client) => (clients.push(c), c);

runtimePerTest((started) => (runtime = started), clients);

async function endedChat(chatId: string, agentStatus: 'present' | 'away', language?: 'en' | 'nl') {
  const anna = track(await connectAgent(runtime.url, runtime.wsUrl, ANNA.email, ANNA.password));
  anna.send({ action: 'presence.set', status: agentStatus });
  await anna.next('presence', (f) => f.status === agentStatus);
  const customer = track(await connectCustomer(runtime.url, runtime.wsUrl));
  await claimedChat(anna, customer, chatId, { name: 'Mila', email: 'mila@example.com', question: 'Is the shop open on Sunday?', language });
  anna.send({ action: 'message.send', chatId, clientMessageId: 'answer-00001', text: 'Yes, from noon.' });
  await customer.next('message', (f) => f.message.clientMessageId === 'answer-00001');
  anna.send({ action: 'chat.end', chatId });
  expect((await customer.next('chat', (f) => f.chat.status === 'ended')).chat.postChatForm).toBe(true);
  return { anna, customer };
}

test('the customer rates the chat once; the agent sees the rating', async () => {
  const { anna, customer } = await endedChat('feedback-chat-01', 'present');
  customer.send({ action: 'chat.feedback', chatId: 'feedback-chat-01', rating: 5, comment: 'Quick answer' });
  expect((await anna.next('chat', (f) => f.chat.feedback !== undefined)).chat.feedback).toEqual({ rating: 5, comment: 'Quick answer' });
  customer.send({ action: 'chat.feedback', chatId: 'feedback-chat-01', rating: 1 });
  expect(await customer.next('error')).toMatchObject({ code: 'conflict' });
});

test('back to chat keeps the first answers: the agent still sees them, beside those of the next end', async () => {
  const { anna, customer } = await endedChat('feedback-chat-04', 'present');
  customer.send({ action: 'chat.feedback', chatId: 'feedback-chat-04', rating: 4, comment: 'Quick and friendly!' });
  await anna.next('chat', (f) => f.chat.feedback !== undefined);

  customer.send({ action: 'chat.reopen', chatId: 'feedback-chat-04' });
  // Active again after its end (seq 4): the frame of the reopening (seq 5).
  const reopened = (await anna.next('chat', (f) => f.chat.status === 'active' && f.chat.lastSeq >= 5)).chat;
  expect(reopened).toMatchObject({ earlierFeedback: { rating: 4, comment: 'Quick and friendly!' } });
  expect(reopened.feedback).toBeUndefined();

  anna.send({ action: 'chat.end', chatId: 'feedback-chat-04' });
  await customer.next('chat', (f) => f.chat.status === 'ended' && f.chat.endedAt! > reopened.answeredAt!);
  customer.send({ action: 'chat.feedback', chatId: 'feedback-chat-04', rating: 2 });
  const rated = (await anna.next('chat', (f) => f.chat.feedback?.rating === 2)).chat;
  expect(rated).toMatchObject({ feedback: { rating: 2 }, earlierFeedback: { rating: 4, comment: 'Quick and friendly!' } });

  // Back once more: the first answers are the ones kept.
  customer.send({ action: 'chat.reopen', chatId: 'feedback-chat-04' });
  expect((await anna.next('chat', (f) => f.chat.status === 'active' && f.chat.lastSeq > rated.lastSeq)).chat).toMatchObject({ earlierFeedback: { rating: 4, comment: 'Quick and friendly!' } });
});

test('a rating outside 1–5 is refused with the reason', async () => {
  const { customer } = await endedChat('feedback-chat-02', 'present');
  customer.send({ action: 'chat.feedback', chatId: 'feedback-chat-02', rating: 6 });
  expect(await customer.next('error')).toMatchObject({ code: 'bad-frame', message: expect.stringContaining('rating') });
});

test('asking for the transcript puts it in the mailbox, addressed to the customer', async () => {
  const { customer } = await endedChat('feedback-chat-03', 'present');
  customer.send({ action: 'chat.feedback', chatId: 'feedback-chat-03', sendTranscript: true });
  await customer.next('chat', (f) => f.chat.feedback !== undefined);
  const { token } = await loginAgent(runtime.url, 'admin@parley.test', 'parley-admin');
  const { body } = await api<MailboxResponse>(runtime.url, '/api/mailbox', { method: 'GET', token });
  expect(body.mail).toHaveLength(1);
  expect(body.mail[0]).toMatchObject({ to: 'mila@example.com', subject: 'Your chat transcript' });
  expect(body.mail[0].text).toContain(`${ANNA.name}: Yes, from noon.`);
  const agentToken = (await loginAgent(runtime.url, ANNA.email, ANNA.password)).token;
  expect((await api(runtime.url, '/api/mailbox', { method: 'GET', token: agentToken })).status).toBe(403);
});

test("the transcript of a chat held in Dutch is worded in Dutch, the messages as they were written", async () => {
  const { customer } = await endedChat('feedback-chat-nl', 'present', 'nl');
  customer.send({ action: 'chat.feedback', chatId: 'feedback-chat-nl', sendTranscript: true });
  await customer.next('chat', (f) => f.chat.feedback !== undefined);
  const { token } = await loginAgent(runtime.url, 'admin@parley.test', 'parley-admin');
  const [mail] = (await api<MailboxResponse>(runtime.url, '/api/mailbox', { method: 'GET', token })).body.mail;
  expect(mail).toMatchObject({ to: 'mila@example.com', subject: 'Je chatgesprek' });
  expect(mail.text).toMatch(/^Hallo Mila,\n\nHier is je chat met ons van /);
  expect(mail.text).toContain(`— ${ANNA.name} neemt deel aan de chat`);
  expect(mail.text).toContain(`${ANNA.name}: Yes, from noon.`);
  expect(mail.text).toContain(`— ${ANNA.name} heeft de chat beëindigd`);
});

test('back to chat with the agent still Present: active again with the whole history', async () => {
  const { anna, customer } = await endedChat('reopen-chat-0001', 'present');
  customer.send({ action: 'chat.reopen', chatId: 'reopen-chat-0001' });
  expect((await anna.next('chat', (f) => f.chat.chatId === 'reopen-chat-0001' && f.chat.status === 'active')).chat.agent?.name).toBe(ANNA.name);
  await customer.next('message', (f) => f.message.event === 'reopened');
  customer.send({ action: 'message.send', chatId: 'reopen-chat-0001', clientMessageId: 'after-reopen', text: 'One more thing' });
  await anna.next('message', (f) => f.message.clientMessageId === 'after-reopen');
  customer.send({ action: 'sync', cursors: { 'reopen-chat-0001': 0 } });
  await customer.next('synced');
  // question, joined, answer, ended, reopened, and the new message: nothing lost across the end.
  const history = customer.messages('reopen-chat-0001').slice(-6);
  expect(history.map((m) => m.seq)).toEqual([1, 2, 3, 4, 5, 6]);
  expect(history.map((m) => m.event ?? m.text)).toEqual(['Is the shop open on Sunday?', 'joined', 'Yes, from noon.', 'ended', 'reopened', 'One more thing']);
});

test('back to chat when the agent is Away and a colleague Present: the chat waits in the queue again', async () => {
  const { anna, customer } = await endedChat('reopen-chat-0002', 'away');
  track(await connectPresent(runtime.url, runtime.wsUrl, BRAM));
  customer.send({ action: 'chat.reopen', chatId: 'reopen-chat-0002' });
  expect((await customer.next('chat', (f) => f.chat.status === 'queued')).chat.agent).toBeUndefined();
  expect(await anna.next('queue', (f) => f.entries.some((e) => e.chatId === 'reopen-chat-0002'))).toMatchObject({ waiting: 1 });
});

test('back to chat with nobody Present to answer: refused with the way to the offline form, nothing queued', async () => {
  const { anna, customer } = await endedChat('reopen-chat-0003', 'away');
  customer.send({ action: 'chat.reopen', ref: 'back', chatId: 'reopen-chat-0003' });
  expect(await customer.next('error', (f) => f.ref === 'back')).toMatchObject({ code: 'forbidden', message: 'Nobody can answer the chat right now; leave a message instead.' });
  anna.send({ action: 'queue.next', ref: 'next' });
  expect(await anna.next('notice', (f) => f.ref === 'next')).toMatchObject({ code: 'queue-empty' });
  expect(customer.frames.filter((f) => f.type === 'chat').at(-1)).toMatchObject({ chat: { status: 'ended' } });
});

test('back to chat after the channel closed, its agent gone Away: refused with the way to the offline form, nothing queued', async () => {
  const { anna, customer } = await endedChat('reopen-closed-01', 'away');
  await closeDefaultChannel(runtime.url);
  customer.send({ action: 'chat.reopen', ref: 'back', chatId: 'reopen-closed-01' });
  expect(await customer.next('error', (f) => f.ref === 'back')).toMatchObject({ code: 'forbidden', message: 'We are closed now; leave a message instead.' });
  anna.send({ action: 'queue.next', ref: 'next' });
  expect(await anna.next('notice', (f) => f.ref === 'next')).toMatchObject({ code: 'queue-empty' });
  expect(customer.frames.filter((f) => f.type === 'chat').at(-1)).toMatchObject({ chat: { status: 'ended' } });
});

test('back to chat after the channel closed, its agent still Present: active again with them', async () => {
  const { anna, customer } = await endedChat('reopen-closed-02', 'present');
  await closeDefaultChannel(runtime.url);
  customer.send({ action: 'chat.reopen', chatId: 'reopen-closed-02' });
  expect((await anna.next('chat', (f) => f.chat.chatId === 'reopen-closed-02' && f.chat.status === 'active')).chat.agent?.name).toBe(ANNA.name);
});

test('the transcript goes to the address the customer typed; a malformed one is refused and nothing is saved', async () => {
  const { customer } = await endedChat('feedback-chat-04', 'present');
  customer.send({ action: 'chat.feedback', chatId: 'feedback-chat-04', rating: 4, sendTranscript: true, transcriptTo: 'mila@' });
  expect(await customer.next('error')).toMatchObject({ code: 'bad-frame', message: expect.stringContaining('transcriptTo') });
  customer.send({ action: 'chat.feedback', chatId: 'feedback-chat-04', rating: 4, sendTranscript: true, transcriptTo: 'mila.work@example.com' });
  expect((await customer.next('chat', (f) => f.chat.feedback !== undefined)).chat.feedback).toEqual({ rating: 4 });
  const { token } = await loginAgent(runtime.url, 'admin@parley.test', 'parley-admin');
  const { body } = await api<MailboxResponse>(runtime.url, '/api/mailbox', { method: 'GET', token });
  expect(body.mail.map((m) => m.to)).toEqual(['mila.work@example.com']);
});

test('a customer who ends the chat is named in its event line, as when they return', async () => {
  const anna = track(await connectPresent(runtime.url, runtime.wsUrl, ANNA));
  const customer = track(await connectCustomer(runtime.url, runtime.wsUrl));
  await claimedChat(anna, customer, 'customer-ends-01', { name: 'Mila', email: 'mila@example.com', question: 'Thanks, that was all' });
  customer.send({ action: 'chat.end', chatId: 'customer-ends-01' });
  expect((await anna.next('message', (f) => f.message.event === 'ended')).message).toMatchObject({ text: 'Mila ended the chat', byCustomer: true });
  customer.send({ action: 'chat.reopen', chatId: 'customer-ends-01' });
  expect((await anna.next('message', (f) => f.message.event === 'reopened')).message).toMatchObject({ text: 'Mila returned to the chat', byCustomer: true });
  // The customer's copy says so too (their widget words it "You …").
  expect((await customer.next('message', (f) => f.message.event === 'reopened')).message.byCustomer).toBe(true);
});

test("an agent's end is not the customer's", async () => {
  const { customer } = await endedChat('agent-ends-01', 'present');
  const ended = customer.frames.find((f) => f.type === 'message' && f.message.event === 'ended');
  expect(ended).toMatchObject({ message: { text: `${ANNA.name} ended the chat` } });
  expect(ended).not.toHaveProperty('message.byCustomer');
});

/** A chat on a channel saved with `postChatForm`, answered and ended by Anna. */
async function endedChatOn(channelId: string, postChatForm: { enabled: boolean; transcriptByEmail: boolean }, chatId: string) {
  const { token } = await loginAgent(runtime.url, 'admin@parley.test', 'parley-admin');
  // Named after its id: a channel may not share the default channel's name.
  const settings = { ...defaultChannelSettings(channelId), name: channelId, postChatForm: { ...defaultChannelSettings().postChatForm, ...postChatForm } };
  expect((await api(runtime.url, '/api/channels', { token, body: { settings, version: 0 } })).status).toBe(200);
  const anna = track(await connectAgent(runtime.url, runtime.wsUrl, ANNA.email, ANNA.password));
  const customer = track(await connectCustomer(runtime.url, runtime.wsUrl));
  customer.send({ action: 'chat.start', chatId, channel: channelId, name: 'Mila', email: 'mila@example.com', question: 'Open on Sunday?' });
  await customer.next('chat');
  anna.send({ action: 'queue.claim', chatId });
  await customer.next('message', (f) => f.message.event === 'joined');
  anna.send({ action: 'chat.end', chatId });
  const ended = (await customer.next('chat', (f) => f.chat.status === 'ended')).chat;
  return { customer, ended, token };
}

test('a channel with the post-chat form off shows none: no answers are taken and the chat cannot be reopened', async () => {
  const { customer, ended } = await endedChatOn('no-form', { enabled: false, transcriptByEmail: true }, 'no-form-chat-1');
  expect(ended.postChatForm).toBe(false);

  customer.send({ action: 'chat.feedback', ref: 'rate', chatId: 'no-form-chat-1', rating: 5 });
  expect(await customer.next('error', (f) => f.ref === 'rate')).toMatchObject({ code: 'forbidden' });
  customer.send({ action: 'chat.reopen', ref: 'back', chatId: 'no-form-chat-1' });
  expect(await customer.next('error', (f) => f.ref === 'back')).toMatchObject({ code: 'forbidden' });
  expect(customer.frames.filter((f) => f.type === 'chat' && f.chat.status !== 'ended' && f.chat.lastSeq > ended.lastSeq)).toEqual([]);
});

test('a channel that does not mail transcripts takes a rating but refuses a transcript, saving nothing', async () => {
  const { customer, ended, token } = await endedChatOn('no-mail', { enabled: true, transcriptByEmail: false }, 'no-mail-chat-1');
  expect(ended).toMatchObject({ postChatForm: true, transcriptByEmail: false });

  customer.send({ action: 'chat.feedback', ref: 'mail', chatId: 'no-mail-chat-1', rating: 4, sendTranscript: true });
  expect(await customer.next('error', (f) => f.ref === 'mail')).toMatchObject({ code: 'forbidden', message: 'Transcripts are not sent by email for this chat' });
  customer.send({ action: 'chat.feedback', chatId: 'no-mail-chat-1', rating: 4 });
  expect((await customer.next('chat', (f) => f.chat.feedback !== undefined)).chat.feedback).toEqual({ rating: 4 });
  expect((await api<MailboxResponse>(runtime.url, '/api/mailbox', { method: 'GET', token })).body.mail).toEqual([]);
});
