/** The connections a test file opens (in `clients`, for runtimePerFile or runtimePerTest to close) and the chats its tests start from. */
import { ANNA, type TestRuntime } from './runtime';
import { Client, connectAgent, connectCustomer, loginAgent, newVisitor, ticketFor } from './clients';
import { runtimePerFile } from './runtime-world';

export function chatSetup(runtime: () => TestRuntime) {
  const clients: Client[] = [];
  const open = async (token: string) => {
    const client = await Client.connect(runtime().wsUrl, await ticketFor(runtime().url, token));
    clients.push(client);
    return client;
  };

  /** A new visitor's chat, started and confirmed: its question is message 1. */
  async function startedChat(chatId: string, question = 'Can you help?') {
    const visitor = await newVisitor(runtime().url);
    const customer = await open(visitor.token);
    customer.send({ action: 'chat.start', chatId, name: 'Sam', email: 'sam@example.com', question });
    await customer.next('message', (f) => f.message.chatId === chatId);
    return { visitor, customer };
  }

  /** A started chat that Anna claimed: both sides have seen her join. */
  async function answeredChat(chatId: string, question?: string) {
    const started = await startedChat(chatId, question);
    const login = await loginAgent(runtime().url, ANNA.email, ANNA.password);
    const agent = await open(login.token);
    agent.send({ action: 'queue.claim', chatId });
    await agent.next('message', (f) => f.message.chatId === chatId && f.message.event === 'joined');
    await started.customer.next('message', (f) => f.message.event === 'joined');
    return { ...started, agent, login };
  }

  return { clients, open, startedChat, answeredChat };
}

/** `customer` starts chat `chatId` as `who` and `agent` claims it; resolves once the customer has seen the agent join. */
export async function claimedChat(agent: Client, customer: Client, chatId: string, who: { name: string; email: string; question: string; language?: 'en' | 'nl' }): Promise<void> {
  customer.send({ action: 'chat.start', chatId, ...who });
  await customer.next('chat');
  agent.send({ action: 'queue.claim', chatId });
  await customer.next('message', (f) => f.message.event === 'joined');
}

/** A new customer and Anna on a synced console, both pushed onto `clients`, with the customer's chat claimed by her as in `claimedChat`. */
export async function openClaimedChat(runtime: TestRuntime, clients: Client[], chatId: string, who: { name: string; email: string; question: string }) {
  const customer = await connectCustomer(runtime.url, runtime.wsUrl);
  const anna = await connectAgent(runtime.url, runtime.wsUrl, ANNA.email, ANNA.password);
  clients.push(customer, anna);
  await claimedChat(anna, customer, chatId, who);
  return { customer, anna };
}

/** The file's runtime, a customer and Anna with the customer's chat claimed by her: for a file whose tests all share that chat. */
export interface ClaimedChatWorld { runtime: TestRuntime; customer: Client; anna: Client; /** More connections a test opens, closed with the runtime. */ clients: Client[] }

/** Starts the file's runtime and opens `chatId` as `openClaimedChat` does; the fields are set before the first test. */
export function claimedChatPerFile(chatId: string, who: { name: string; email: string; question: string }): ClaimedChatWorld {
  const world = { clients: [] as Client[] } as ClaimedChatWorld;
  runtimePerFile(async (runtime) => {
    world.runtime = runtime;
    Object.assign(world, await openClaimedChat(runtime, world.clients, chatId, who));
  }, world.clients);
  return world;
}
