/**
 * Frames that go to one connection at once travel in one post (API Gateway bills every post):
 * counted on the WebSocket itself, through the real gateway and handlers.
 */
import { ANNA, type TestRuntime } from '../support/runtime';
import { Client, connectCustomer, connectPresent } from '../support/clients';
import type { ServerFrame } from '../../functions/protocol';
import { runtimePerFile } from '../support/runtime-world';

let runtime: TestRuntime;
const clients: Client[] = [];

runtimePerFile((started) => (runtime = started), clients);

/** The post that carried this frame, as the list of frames it held. */
const postOf = (client: Client, frame: ServerFrame) => client.posts.find((post) => post.includes(frame));

/** A short summary of a post's frames, to compare in one line. */
const shape = (post: ServerFrame[] | undefined) =>
  post?.map((f) => (f.type === 'chat' ? `chat ${f.chat.status}` : f.type === 'message' ? `message ${f.message.seq}` : f.type));

async function startedChat(chatId: string) {
  const customer = await connectCustomer(runtime.url, runtime.wsUrl);
  clients.push(customer);
  customer.send({ action: 'chat.start', chatId, name: 'Mila', email: 'mila@example.com', question: 'Where is my order?' });
  const message = await customer.next('message', (f) => f.message.chatId === chatId && f.message.seq === 1);
  return { customer, message };
}

test("the answer to chat.start — the chat and the customer's question — is one post", async () => {
  const { customer, message } = await startedChat('posts-start-0001');
  expect(shape(postOf(customer, message))).toEqual(['chat queued', 'message 1']);
  expect(customer.posts).toHaveLength(1);
});

test('a claim reaches the customer and the agent in one post each', async () => {
  const anna = await connectPresent(runtime.url, runtime.wsUrl, ANNA);
  clients.push(anna);
  const { customer } = await startedChat('posts-claim-0001');
  const postsBefore = customer.posts.length;

  anna.send({ action: 'queue.claim', chatId: 'posts-claim-0001' });
  const toAgent = await anna.next('message', (f) => f.message.chatId === 'posts-claim-0001' && f.message.event === 'joined');
  const toCustomer = await customer.next('message', (f) => f.message.event === 'joined');

  expect(shape(postOf(anna, toAgent))).toEqual(['chat active', 'message 1', 'message 2']);
  expect(shape(postOf(customer, toCustomer))).toEqual(['chat active', 'message 2']);
  expect(customer.posts.slice(postsBefore).filter((post) => post.some((f) => f.type === 'chat'))).toHaveLength(1);
});

test('the end of a chat reaches both sides in one post each', async () => {
  const anna = await connectPresent(runtime.url, runtime.wsUrl, ANNA);
  clients.push(anna);
  const { customer } = await startedChat('posts-end-0001');
  anna.send({ action: 'queue.claim', chatId: 'posts-end-0001' });
  await customer.next('message', (f) => f.message.event === 'joined');

  anna.send({ action: 'chat.end', chatId: 'posts-end-0001' });
  const toCustomer = await customer.next('message', (f) => f.message.event === 'ended');
  const toAgent = await anna.next('message', (f) => f.message.chatId === 'posts-end-0001' && f.message.event === 'ended');

  expect(shape(postOf(customer, toCustomer))).toEqual(['chat ended', 'message 3']);
  expect(shape(postOf(anna, toAgent))).toEqual(['chat ended', 'message 3']);
});
