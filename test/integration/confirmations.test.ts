/**
 * A sender's message is not echoed back to the connection that sent it; the next frame that
 * connection gets about the chat anyway carries it, read back from the table, as its confirmation.
 */
import { ANNA, BRAM, type TestRuntime } from '../support/runtime';
import { connectCustomer, connectPresent, loginAgent } from '../support/clients';
import { runtimePerFile } from '../support/runtime-world';
import { chatSetup, claimedChat } from '../support/chat-setup';

let runtime: TestRuntime;
const { clients, open, answeredChat } = chatSetup(() => runtime);

runtimePerFile((started) => (runtime = started), clients);


const text = (chatId: string, clientMessageId: string, body: string) => ({ action: 'message.send', chatId, clientMessageId, text: body });

test("the other side's next message carries the sender's stored message, and the sender gets no copy of its own", async () => {
  const { customer, agent } = await answeredChat('confirm-chat-01');
  customer.send(text('confirm-chat-01', 'confirm-c-0001', 'First question'));
  await agent.next('message', (f) => f.message.clientMessageId === 'confirm-c-0001');

  agent.send(text('confirm-chat-01', 'confirm-a-0001', 'Happy to help'));
  const answer = await customer.next('message', (f) => f.message.clientMessageId === 'confirm-a-0001');

  expect(answer.confirms).toEqual([expect.objectContaining({ clientMessageId: 'confirm-c-0001', seq: 3, text: 'First question', author: { role: 'customer', name: 'Sam' } })]);
  expect(customer.messages('confirm-chat-01').filter((m) => m.clientMessageId === 'confirm-c-0001')).toEqual([]);
});

test('a run of messages from one side is confirmed together by the answer', async () => {
  const { customer, agent } = await answeredChat('confirm-chat-02');
  for (const [id, body] of [['confirm-c-0011', 'One'], ['confirm-c-0012', 'Two']]) {
    customer.send(text('confirm-chat-02', id, body));
    await agent.next('message', (f) => f.message.clientMessageId === id);
  }
  agent.send(text('confirm-chat-02', 'confirm-a-0011', 'Both noted'));

  const answer = await customer.next('message', (f) => f.message.clientMessageId === 'confirm-a-0011');
  expect(answer.confirms?.map((m) => [m.seq, m.clientMessageId])).toEqual([[3, 'confirm-c-0011'], [4, 'confirm-c-0012']]);
});

test("the other side's read marker carries the messages it read", async () => {
  const { customer, agent } = await answeredChat('confirm-chat-03');
  customer.send(text('confirm-chat-03', 'confirm-c-0021', 'Are you there?'));
  await agent.next('message', (f) => f.message.clientMessageId === 'confirm-c-0021');

  agent.send({ action: 'chat.read', chatId: 'confirm-chat-03', seq: 3 });
  const read = await customer.next('read', (f) => f.role === 'agent');

  expect(read.confirms?.map((m) => m.clientMessageId)).toEqual(['confirm-c-0021']);
});

test('the end of the chat carries the last message sent before it', async () => {
  const { customer, agent } = await answeredChat('confirm-chat-04');
  customer.send(text('confirm-chat-04', 'confirm-c-0031', 'Thanks, bye'));
  await agent.next('message', (f) => f.message.clientMessageId === 'confirm-c-0031');

  agent.send({ action: 'chat.end', chatId: 'confirm-chat-04' });
  const ended = await customer.next('message', (f) => f.message.event === 'ended');

  expect(ended.confirms?.map((m) => m.clientMessageId)).toEqual(['confirm-c-0031']);
});

test("the sender's other connections still receive its message", async () => {
  const { login, agent } = await answeredChat('confirm-chat-05');
  const otherTab = await open(login.token);
  otherTab.send({ action: 'sync' });
  await otherTab.next('synced');

  agent.send(text('confirm-chat-05', 'confirm-a-0041', 'From the first tab'));

  expect((await otherTab.next('message', (f) => f.message.clientMessageId === 'confirm-a-0041')).message.text).toBe('From the first tab');
});

test("a request made from the chat carries the agent's message sent just before it", async () => {
  const { customer, agent } = await answeredChat('confirm-chat-06');
  agent.send(text('confirm-chat-06', 'confirm-a-0051', 'I will file this for you'));
  await customer.next('message', (f) => f.message.clientMessageId === 'confirm-a-0051');

  agent.send({ action: 'request.create', chatId: 'confirm-chat-06', title: 'Parcel lost', clientRequestId: 'confirm-req-0001' });
  const notice = await agent.next('message', (f) => f.message.event === 'request-created');

  expect(notice.confirms?.map((m) => m.clientMessageId)).toEqual(['confirm-a-0051']);
});

test("an accepted transfer carries the sender's message sent just before it", async () => {
  const anna = await connectPresent(runtime.url, runtime.wsUrl, ANNA);
  const bram = await connectPresent(runtime.url, runtime.wsUrl, BRAM);
  clients.push(anna, bram);
  const customer = await connectCustomer(runtime.url, runtime.wsUrl);
  clients.push(customer);
  await claimedChat(anna, customer, 'confirm-chat-07', { name: 'Mila', email: 'mila@example.com', question: 'Can someone help?' });
  anna.send(text('confirm-chat-07', 'confirm-a-0061', 'My colleague knows more'));
  await customer.next('message', (f) => f.message.clientMessageId === 'confirm-a-0061');

  anna.send({ action: 'chat.transfer', chatId: 'confirm-chat-07', toAgentId: (await loginAgent(runtime.url, BRAM.email, BRAM.password)).agent.id });
  await bram.next('chat', (f) => f.chat.transfer !== undefined);
  bram.send({ action: 'transfer.accept', chatId: 'confirm-chat-07' });
  const handedOver = await anna.next('message', (f) => f.message.event === 'transferred');

  expect(handedOver.confirms?.map((m) => m.clientMessageId)).toEqual(['confirm-a-0061']);
});
