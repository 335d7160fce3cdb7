/**
 * One chat's conversation once an agent has claimed it: the agent and the customer take turns, each
 * sending after the other's message arrived plus a think time, then the agent ends the chat.
 */
import type { ClientFrame } from '../../functions/protocol';
import { noteProblem, thinkTime, type LoadContext } from './context';
import type { Side } from './deliveries';
import { CONSOLE_READ_ALONE_MS, READ_REPORT_DELAY_MS, readRidesOnTyping, typingOffsets } from './signals';

/** The two ends of a chat, as the conversation needs them. */
export interface Party { connectionKey: string; send(frame: ClientFrame): void }

/** A message just received by the side that writes next, who reports it read. */
interface ReadReport { seq: number; by: Side }

const LINES = [
  'Thanks for waiting. Could you give me your order number so I can look it up?',
  'Sure, it is 4471-2209. The parcel was supposed to arrive on Tuesday but nothing came.',
  'I see it here. The carrier marked it as delayed at the sorting centre yesterday.',
  'Is there anything you can do? I need it before the weekend, it is a present.',
  'I can send a replacement by express today at no cost, and cancel the delayed one.',
  'That would be great, thank you. Will I get a new tracking link by email?',
];

export class Conversation {
  agent?: Party;
  /** When the customer saw its chat queued (performance.now()). */
  queuedAt = 0;
  private turn = 0;
  private watchdog?: NodeJS.Timeout;
  private endSent = false;
  finished = false;
  /** Every turn taken, the chat ended by the agent, and the customer saw it end. */
  completed = false;
  private readonly done: Promise<void>;
  private resolveDone!: () => void;

  constructor(readonly chatId: string, readonly customer: Party, private readonly ctx: LoadContext) {
    this.done = new Promise((resolve) => (this.resolveDone = resolve));
  }

  /** Resolves once the chat has ended for the customer (or the benchmark gave up on it). */
  whenFinished(): Promise<void> {
    return this.done;
  }

  claimedBy(agent: Party): void {
    if (this.finished) return;
    this.agent = agent;
    this.ctx.concurrency.now += 1;
    this.ctx.concurrency.peak = Math.max(this.ctx.concurrency.peak, this.ctx.concurrency.now);
    const { gate, timers } = this.ctx;
    gate.arrive();
    // Each chat starts at a random point of a two-message cycle, so the level runs in a steady state
    // instead of every chat sending its first message in the same second.
    const { minMs, maxMs } = this.ctx.pace;
    void gate.opened.then(() => this.afterThinking(this.ctx.random() * (minMs + maxMs), () => this.sendTurn()));
  }

  private text(turn: number): string {
    return `${LINES[turn % LINES.length]} (${turn + 1})`;
  }

  private partyOf(side: Side): Party {
    return side === 'agent' ? this.agent! : this.customer;
  }

  private sideOf(turn: number): Side {
    return turn % 2 === 0 ? 'agent' : 'customer';
  }

  /**
   * Runs `then` after `thinkMs`; with signals on, whoever writes the next turn (or the agent, before
   * the end) types meanwhile, as the clients' typing throttle would report it. With `read`, the
   * message they answer has just arrived: typing starts once it is read, and the reader reports it
   * read as its client does — the widget at once, the console after a hold or on its first `typing`.
   */
  private afterThinking(thinkMs: number, then: () => void, read?: ReadReport): void {
    const { timers } = this.ctx;
    const offsets = this.ctx.signals && this.turn < this.ctx.messagesPerChat ? typingOffsets(thinkMs, this.text(this.turn).length, read ? READ_REPORT_DELAY_MS : 0) : [];
    const rides = read?.by === 'agent' && readRidesOnTyping(offsets[0]);
    if (read && !rides) {
      const reader = this.partyOf(read.by);
      timers.after(read.by === 'agent' ? CONSOLE_READ_ALONE_MS : READ_REPORT_DELAY_MS, () => {
        if (!this.finished) reader.send({ action: 'chat.read', chatId: this.chatId, seq: read.seq });
      });
    }
    const typist = this.partyOf(this.sideOf(this.turn));
    offsets.forEach((offset, i) => {
      timers.after(offset, () => {
        if (!this.finished) typist.send({ action: 'typing', chatId: this.chatId, ...(rides && i === 0 ? { read: read!.seq } : {}) });
      });
    });
    timers.after(thinkMs, then);
  }

  private clientMessageId(turn: number): string {
    return `${this.chatId}-m${turn}`;
  }

  private sendTurn(): void {
    if (this.finished) return;
    const turn = this.turn;
    const from = this.sideOf(turn);
    const party = this.partyOf(from);
    const clientMessageId = this.clientMessageId(turn);
    this.ctx.deliveries.recordSend(clientMessageId, this.chatId, from, performance.now());
    party.send({ action: 'message.send', chatId: this.chatId, clientMessageId, text: this.text(turn) });
    this.watchdog = this.ctx.timers.after(this.ctx.deliveryTimeoutMs, () => {
      noteProblem(this.ctx, `${clientMessageId} did not arrive within ${this.ctx.deliveryTimeoutMs} ms; going on`);
      this.advance(turn);
    });
  }

  /** The other side received the message with this id and seq (the first time). */
  delivered(clientMessageId: string, seq: number): void {
    if (clientMessageId !== this.clientMessageId(this.turn)) return;
    // The reader has the chat on screen: its client reports the message read a moment later.
    this.advance(this.turn, this.ctx.signals ? { seq, by: this.sideOf(this.turn + 1) } : undefined);
  }

  private advance(turn: number, read?: ReadReport): void {
    if (turn !== this.turn || this.finished) return;
    this.ctx.timers.cancel(this.watchdog);
    this.turn += 1;
    if (this.turn < this.ctx.messagesPerChat) {
      this.afterThinking(thinkTime(this.ctx), () => this.sendTurn(), read);
      return;
    }
    this.afterThinking(thinkTime(this.ctx), () => this.sendEnd(), read);
  }

  private sendEnd(): void {
    if (this.finished || this.endSent) return;
    this.endSent = true;
    this.agent!.send({ action: 'chat.end', chatId: this.chatId });
    this.watchdog = this.ctx.timers.after(this.ctx.deliveryTimeoutMs, () => {
      noteProblem(this.ctx, `${this.chatId}: the customer never saw the chat end`);
      this.finish();
    });
  }

  /** The customer saw the chat end (`seenEnd`), or the benchmark gave up on it. */
  finish(seenEnd = false): void {
    if (this.finished) return;
    this.finished = true;
    this.completed = seenEnd && this.endSent;
    this.ctx.timers.cancel(this.watchdog);
    if (this.agent) this.ctx.concurrency.now -= 1;
    this.resolveDone();
  }
}
