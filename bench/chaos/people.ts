/**
 * The people of the chaos run, each driving the product's own browser client (reconnect, sync with
 * cursors, resend under the same clientMessageId): customers who ask, write and end; agents who
 * answer from the queue and reply to every customer message once.
 */
import { createBrowserClient, type BrowserClient } from '../../functions/protocol/browser-client';
import type { ClientConfig, MessageView } from '../../functions/protocol';
import { callApi } from '../clients';
import type { SocketPool } from './sockets';

/** What agents were told back, by type and code: shows a stalled run's cause. */
export const agentAnswers = new Map<string, number>();

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Resolves once `ready()` holds, checking every 50 ms; false when `deadline` passed first. */
export async function until(ready: () => boolean, deadline: number): Promise<boolean> {
  while (!ready()) {
    if (Date.now() > deadline) return false;
    await sleep(50);
  }
  return true;
}

/** The runtime may be down for a restart: an API call is tried again until it answers or `deadline` passes. */
async function callApiUntil<T>(deadline: number, ...args: Parameters<typeof callApi>): Promise<T> {
  for (;;) {
    try {
      return await callApi<T>(...args);
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await sleep(250);
    }
  }
}

export interface Customer { chatId: string; client: BrowserClient; sent: string[]; done: boolean }
export interface Agent { id: string; client: BrowserClient; replies: Map<string, string[]>; stop(): void }

export async function startCustomer(config: ClientConfig, pool: SocketPool, index: number, messages: number, deadline: number): Promise<Customer> {
  const { token } = await callApiUntil<{ token: string }>(deadline, config.apiBase, '/api/visitors');
  const client = createBrowserClient({ config, token, WebSocket: pool.WebSocket, fetch });
  const chatId = `chaos-${String(index).padStart(4, '0')}-${Math.random().toString(36).slice(2, 10)}`;
  const customer: Customer = { chatId, client, sent: [], done: false };
  client.on('unauthorized', () => process.stderr.write(`customer ${index} unauthorized\n`));
  client.connect();
  void (async () => {
    await until(() => client.state === 'online', deadline);
    client.send({ action: 'chat.start', chatId, name: `Customer ${index}`, email: `c${index}@example.com`, question: `Question ${index}` });
    await until(() => client.chat(chatId)?.status === 'active', deadline);
    for (let n = 1; n <= messages; n++) {
      const clientMessageId = `${chatId}-m${n}`;
      customer.sent.push(clientMessageId);
      client.send({ action: 'message.send', chatId, clientMessageId, text: `Customer ${index} message ${n}` });
      // One at a time, as a person types: the next goes once this one is confirmed.
      await until(() => client.pending(chatId).length === 0, deadline);
      await sleep(50 + Math.random() * 300);
    }
    const replies = () => client.messages(chatId).filter((m) => m.author.role === 'agent' && m.kind === 'text').length;
    await until(() => replies() >= messages + 1, deadline);
    // Not kept by the client like messages are: sent again until the chat shows as ended.
    while (client.chat(chatId)?.status !== 'ended' && Date.now() < deadline) {
      client.send({ action: 'chat.end', chatId });
      await until(() => client.chat(chatId)?.status === 'ended', Math.min(deadline, Date.now() + 2000));
    }
    customer.done = client.chat(chatId)?.status === 'ended';
  })();
  return customer;
}

export async function startAgent(config: ClientConfig, pool: SocketPool, email: string, password: string, maxChats: number): Promise<Agent> {
  const { token, agent: profile } = await callApi<{ token: string; agent: { id: string } }>(config.apiBase, '/api/login', { body: { email, password } });
  const client = createBrowserClient({ config, token, WebSocket: pool.WebSocket, fetch });
  let tick: ReturnType<typeof setInterval> | undefined;
  const agent: Agent = { id: profile.id, client, replies: new Map(), stop: () => clearInterval(tick) };
  const answered = new Set<string>();
  const mine = () => client.chats().filter((c) => c.agent?.id === profile.id && c.status === 'active');

  const reply = (message: MessageView) => {
    const key = message.clientMessageId ?? `q-${message.chatId}`;
    if (answered.has(key)) return;
    answered.add(key);
    const clientMessageId = `re-${key}`.slice(0, 64);
    agent.replies.set(message.chatId, [...(agent.replies.get(message.chatId) ?? []), clientMessageId]);
    client.send({ action: 'message.send', chatId: message.chatId, clientMessageId, text: `Reply to ${key}` });
  };
  const answerAll = () => {
    for (const chat of mine()) for (const m of client.messages(chat.chatId)) if (m.author.role === 'customer' && m.kind === 'text') reply(m);
  };
  client.on('change', answerAll);
  client.on('frame', (f) => {
    const key = f.type === 'error' || f.type === 'notice' ? `${f.type}:${f.code}` : f.type;
    agentAnswers.set(key, (agentAnswers.get(key) ?? 0) + 1);
  });
  client.on('state', (state) => {
    if (state === 'online') client.send({ action: 'presence.set', status: 'present' });
  });
  client.connect();
  tick = setInterval(() => {
    if (client.state === 'online' && mine().length < maxChats) client.send({ action: 'queue.next' });
  }, 300);
  return agent;
}
