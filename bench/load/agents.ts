/**
 * Simulated agents: each signs in, goes Present, and answers chats with "Get next in queue"
 * (`queue.next`), one claim at a time, up to a number of chats at once. The pool hands each waiting
 * chat's claim to the agent with the most room, as a team lead's routing rule would. The first
 * agent's console also shows the Dashboard, so the live figures are pushed to one console.
 */
import { HEARTBEAT_SECONDS, CONSOLE_PATHS, WIDGET_PATHS } from '../../functions/protocol/constants';
import type { LoginResponse, ServerFrame, TicketResponse } from '../../functions/protocol';
import { BenchSocket, callApi } from '../clients';
import { countErrorFrame, noteProblem, type LoadContext } from './context';
import type { Conversation } from './conversation';
import { FrameWaiters } from './frames';

const CLAIM_RETRY_MS = 100;
const MAX_CLAIM_ATTEMPTS = 50;
const CLAIM_ANSWER_TIMEOUT_MS = 30_000;

export interface AgentLogin { name: string; email: string; password: string }

export class SimAgent {
  readonly connectionKey: string;
  private socket?: BenchSocket;
  private readonly waiters = new FrameWaiters();
  private agentId = '';
  private readonly chats = new Set<string>();
  private claim?: { sentAt: number; attempts: number };

  /** `watchesDashboard`: this console also shows the Dashboard's live figures, as a team lead's would. */
  constructor(readonly login: AgentLogin, private readonly capacity: number, private readonly pool: AgentPool, private readonly ctx: LoadContext, private readonly watchesDashboard = false) {
    this.connectionKey = `agent:${login.email}`;
  }

  /** Signs in, connects, syncs and goes Present, as the console does. */
  async connect(): Promise<void> {
    const { token, agent } = await callApi<LoginResponse>(this.ctx.base, CONSOLE_PATHS.login, { body: { email: this.login.email, password: this.login.password } });
    this.agentId = agent.id;
    const { ticket } = await callApi<TicketResponse>(this.ctx.base, WIDGET_PATHS.tickets, { token });
    this.socket = await BenchSocket.open(this.ctx.wsUrl, ticket, (frame, at) => this.onFrame(frame, at));
    const synced = this.waiters.next('synced');
    this.socket.send({ action: 'sync' });
    await synced;
    const present = this.waiters.next('presence', (f) => f.status === 'present');
    this.socket.send({ action: 'presence.set', status: 'present' });
    await present;
    if (this.watchesDashboard) {
      const figures = this.waiters.next('stats.live');
      this.socket.send({ action: 'watch', stats: true, seq: 1 });
      await figures;
    }
    // The console's heartbeat, so the agent keeps counting as Present however long the level runs.
    this.ctx.timers.every(HEARTBEAT_SECONDS * 1000, () => this.socket?.open && this.socket.send({ action: 'ping' }));
  }

  get room(): number {
    return this.claim ? 0 : this.capacity - this.chats.size;
  }

  claimNext(): void {
    const claim = { sentAt: performance.now(), attempts: (this.claim?.attempts ?? 0) + 1 };
    this.claim = claim;
    this.socket!.send({ action: 'queue.next' });
    // An answer that never comes (a failed invocation) must not leave this agent claiming for ever.
    this.ctx.timers.after(CLAIM_ANSWER_TIMEOUT_MS, () => {
      if (this.claim !== claim) return;
      noteProblem(this.ctx, `${this.login.email}: no answer to queue.next within ${CLAIM_ANSWER_TIMEOUT_MS / 1000} s`);
      this.retryClaim('no answer');
    });
  }

  send = (frame: Parameters<BenchSocket['send']>[0]) => this.socket!.send(frame);

  close(): Promise<void> {
    return this.socket?.close() ?? Promise.resolve();
  }

  private onFrame(frame: ServerFrame, at: number): void {
    this.waiters.offer(frame);
    switch (frame.type) {
      case 'chat': {
        const { chat } = frame;
        if (chat.status === 'active' && chat.agent?.id === this.agentId && !this.chats.has(chat.chatId)) return this.claimed(chat.chatId, at);
        if (chat.status === 'ended') this.chats.delete(chat.chatId);
        return;
      }
      case 'message': {
        this.ctx.deliveries.recordConfirmations(this.connectionKey, 'agent', frame.confirms);
        const first = this.ctx.deliveries.recordReceipt(this.connectionKey, 'agent', frame.message, at);
        if (first) this.pool.conversations.get(frame.message.chatId)?.delivered(frame.message.clientMessageId!, frame.message.seq);
        return;
      }
      case 'notice':
        if (this.claim) return this.retryClaim(frame.code);
        return;
      case 'error':
        return countErrorFrame(this.ctx, frame, this.login.email);
      default: {
        // API Gateway's own frame when a handler fails: no `type`, just a message.
        const raw = frame as unknown as { message?: string };
        if (raw.message === 'Internal server error') countErrorFrame(this.ctx, raw, this.login.email);
      }
    }
  }

  private claimed(chatId: string, at: number): void {
    this.chats.add(chatId);
    if (this.claim) this.ctx.samples.claimMs.push(at - this.claim.sentAt);
    this.claim = undefined;
    const conversation = this.pool.conversations.get(chatId);
    if (!conversation) noteProblem(this.ctx, `${this.login.email} claimed ${chatId}, which no simulated customer started`);
    else {
      this.ctx.samples.queueWaitMs.push(at - conversation.queuedAt);
      conversation.claimedBy(this);
    }
    this.pool.pump();
  }

  private retryClaim(code: string): void {
    if (this.claim!.attempts >= MAX_CLAIM_ATTEMPTS) {
      noteProblem(this.ctx, `${this.login.email}: queue.next answered ${code} ${MAX_CLAIM_ATTEMPTS} times; giving up`);
      this.claim = undefined;
      this.pool.claimFailed();
      return;
    }
    const claim = this.claim;
    this.ctx.timers.after(CLAIM_RETRY_MS, () => {
      if (this.claim === claim) this.claimNext();
    });
  }
}

export class AgentPool {
  readonly agents: SimAgent[] = [];
  readonly conversations = new Map<string, Conversation>();
  private waiting = 0;
  failedClaims = 0;

  constructor(logins: AgentLogin[], chatsPerAgent: number, ctx: LoadContext) {
    logins.forEach((login, i) => this.agents.push(new SimAgent(login, chatsPerAgent, this, ctx, i === 0)));
  }

  /** A chat joined the queue: some agent will send "Get next in queue" for it. */
  requestClaim(): void {
    this.waiting += 1;
    this.pump();
  }

  pump(): void {
    while (this.waiting > 0) {
      let best: SimAgent | undefined;
      for (const agent of this.agents) if (agent.room > 0 && (!best || agent.room > best.room)) best = agent;
      if (!best) return;
      this.waiting -= 1;
      best.claimNext();
    }
  }

  claimFailed(): void {
    this.failedClaims += 1;
  }
}
