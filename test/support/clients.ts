/** Real clients for the local runtime: HTTP calls and WebSocket connections that record every frame. */
import WebSocket from 'ws';
import type { LoginResponse, MessageView, ServerFrame, TicketResponse, VisitorResponse } from '../../functions/protocol';

export async function api<T>(base: string, path: string, init: { method?: string; token?: string; body?: unknown } = {}): Promise<{ status: number; body: T }> {
  const res = await fetch(base + path, {
    method: init.method ?? 'POST',
    headers: { 'content-type': 'application/json', ...(init.token ? { authorization: `Bearer ${init.token}` } : {}) },
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
  });
  const text = await res.text();
  return { status: res.status, body: (text ? JSON.parse(text) : undefined) as T };
}

export async function loginAgent(base: string, email: string, password: string): Promise<LoginResponse> {
  const res = await api<LoginResponse>(base, '/api/login', { body: { email, password } });
  if (res.status !== 200) throw new Error(`login failed with ${res.status}`);
  return res.body;
}

export async function newVisitor(base: string): Promise<VisitorResponse> {
  return (await api<VisitorResponse>(base, '/api/visitors')).body;
}

export async function ticketFor(base: string, token: string): Promise<string> {
  const res = await api<TicketResponse>(base, '/api/tickets', { token });
  if (res.status !== 200) throw new Error(`ticket refused with ${res.status}`);
  return res.body.ticket;
}

/** A WebSocket client that keeps every frame it receives and can wait for one matching a test. */
export class Client {
  readonly frames: ServerFrame[] = [];
  /** Every post received, as the frames it held: one, or several sent to this connection at once. */
  readonly posts: ServerFrame[][] = [];
  private waiters: { test: (f: ServerFrame) => boolean; resolve: (f: ServerFrame) => void }[] = [];
  private readonly consumed = new Set<number>();

  private constructor(readonly socket: WebSocket) {
    socket.on('message', (data) => {
      // A post is one frame, or an array of frames; tests see each frame on its own, in order.
      const post = [JSON.parse(data.toString()) as ServerFrame | ServerFrame[]].flat();
      this.posts.push(post);
      for (const frame of post) {
        this.frames.push(frame);
        this.waiters = this.waiters.filter((w) => (w.test(frame) ? (w.resolve(frame), false) : true));
      }
    });
  }

  static async connect(wsUrl: string, ticket: string): Promise<Client> {
    const socket = new WebSocket(`${wsUrl}?ticket=${encodeURIComponent(ticket)}`);
    await new Promise<void>((resolve, reject) => {
      socket.once('open', () => resolve());
      socket.once('unexpected-response', (_req, res) => reject(new Error(`handshake refused: ${res.statusCode}`)));
      socket.once('error', reject);
    });
    return new Client(socket);
  }

  /** A client over a socket the test opened itself (e.g. with its own headers). */
  static wrap(socket: WebSocket): Client {
    return new Client(socket);
  }

  send(frame: unknown): void {
    this.socket.send(typeof frame === 'string' ? frame : JSON.stringify(frame));
  }

  /** The first frame of `type` passing `test` not yet returned by an earlier call, already received or still to come. */
  next<T extends ServerFrame['type']>(type: T, test: (f: Extract<ServerFrame, { type: T }>) => boolean = () => true, timeoutMs = 5000): Promise<Extract<ServerFrame, { type: T }>> {
    return this.nextMatching((f) => f.type === type && test(f as Extract<ServerFrame, { type: T }>), timeoutMs) as Promise<Extract<ServerFrame, { type: T }>>;
  }

  /** The first frame passing `match` not yet returned by an earlier call. */
  nextMatching(match: (f: ServerFrame) => boolean, timeoutMs = 5000): Promise<ServerFrame> {
    const index = this.frames.findIndex((f, i) => !this.consumed.has(i) && match(f));
    if (index >= 0) {
      this.consumed.add(index);
      return Promise.resolve(this.frames[index]);
    }
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no matching frame within ${timeoutMs} ms; the last ones: ${JSON.stringify(this.frames.slice(-8)).slice(0, 4000)}`)), timeoutMs);
      this.waiters.push({
        test: match,
        resolve: (f) => {
          clearTimeout(timer);
          this.consumed.add(this.frames.length - 1);
          resolve(f);
        },
      });
    });
  }

  /**
   * Sends a message and resends it at once, as a browser resends one the server has not confirmed:
   * the sending connection gets no echo, so the answer to the resend — `duplicate` with the stored
   * message, or the message itself if the resend finished storing it — says it is stored.
   */
  async sendStored(frame: { action: string; chatId: string; clientMessageId: string; [field: string]: unknown }): Promise<MessageView> {
    this.send(frame);
    this.send(frame);
    const id = frame.clientMessageId;
    const answer = await this.nextMatching((f) => (f.type === 'duplicate' && f.clientMessageId === id && !!f.message) || (f.type === 'message' && f.message.clientMessageId === id));
    return (answer as { message: MessageView }).message;
  }

  /** Messages received for a chat, by seq. */
  messages(chatId: string) {
    return this.frames.flatMap((f) => (f.type === 'message' && f.message.chatId === chatId ? [f.message] : []));
  }

  close(): Promise<void> {
    if (this.socket.readyState === WebSocket.CLOSED) return Promise.resolve();
    return new Promise((resolve) => {
      this.socket.once('close', () => resolve());
      this.socket.close();
    });
  }
}

/** A signed-in agent's connection, synced and ready. */
export async function connectAgent(base: string, wsUrl: string, email: string, password: string): Promise<Client> {
  const login = await loginAgent(base, email, password);
  const client = await Client.connect(wsUrl, await ticketFor(base, login.token));
  client.send({ action: 'sync' });
  await client.next('synced');
  // The sync's own picture of queue and presence; tests wait for the frames that follow.
  await client.next('queue');
  await client.next('presence');
  return client;
}

/** A new visitor's connection. */
export async function connectCustomer(base: string, wsUrl: string): Promise<Client> {
  return Client.connect(wsUrl, await ticketFor(base, (await newVisitor(base)).token));
}

/** An agent's connection, set Present and confirmed so. */
export async function connectPresent(base: string, wsUrl: string, who: { email: string; password: string }): Promise<Client> {
  const client = await connectAgent(base, wsUrl, who.email, who.password);
  client.send({ action: 'presence.set', status: 'present' });
  await client.next('presence', (f) => f.status === 'present');
  return client;
}
