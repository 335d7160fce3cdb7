/** What every simulated client of one level shares: endpoints, clock, pace, and where results go. */
import type { Timers } from './clock';
import type { Deliveries } from './deliveries';

export interface Pace { minMs: number; maxMs: number }

/**
 * Holds every conversation back until all of the level's chats have been claimed (or have failed),
 * so the delivery figures describe exactly N chats talking at once, not the arrival burst.
 */
export class StartGate {
  private arrived = 0;
  private release!: () => void;
  readonly opened: Promise<void>;
  openedAt = NaN;
  /** Told of every arrival, so the arrival throttle can let the next customer in. */
  onArrive?: () => void;

  constructor(private readonly expected: number) {
    this.opened = new Promise((resolve) => (this.release = resolve));
    if (expected <= 0) this.open();
  }

  /** A chat was claimed, or failed before it could be. */
  arrive(): void {
    this.arrived += 1;
    this.onArrive?.();
    if (this.arrived >= this.expected) this.open();
  }

  open(): void {
    if (Number.isNaN(this.openedAt)) this.openedAt = performance.now();
    this.release();
  }
}

export interface Problems {
  /** `error` frames and gateway "Internal server error" frames, by code. */
  errorFrames: Record<string, number>;
  /** Chats that failed before their conversation could start (connect, start or claim). */
  failedChats: number;
  /** The first few problems in words, for the report. */
  notes: string[];
}

export interface LoadContext {
  base: string;
  wsUrl: string;
  /** Origin header of the customers' handshakes (a remote channel may allow only its own sites). */
  customerOrigin?: string;
  timers: Timers;
  random: () => number;
  deliveries: Deliveries;
  pace: Pace;
  /** Whether the clients also send `typing` and `chat.read` as the product's own do (see signals.ts). */
  signals: boolean;
  /** Length of each customer's question, when not the default one. */
  questionChars?: number;
  /** Messages per chat, alternating, the agent first (20: ten each way). */
  messagesPerChat: number;
  /** How long a turn waits for its message to arrive before the conversation goes on without it. */
  deliveryTimeoutMs: number;
  samples: { connectMs: number[]; startMs: number[]; claimMs: number[]; queueWaitMs: number[] };
  problems: Problems;
  gate: StartGate;
  /** Chats currently between claim and end, and the most there ever were at once. */
  concurrency: { now: number; peak: number };
}

export function thinkTime(ctx: LoadContext): number {
  return ctx.pace.minMs + ctx.random() * (ctx.pace.maxMs - ctx.pace.minMs);
}

const MAX_NOTES = 20;

export function noteProblem(ctx: LoadContext, note: string): void {
  if (ctx.problems.notes.length < MAX_NOTES) ctx.problems.notes.push(note);
}

export function countErrorFrame(ctx: LoadContext, frame: { type?: string; code?: string; message?: string }, who: string): void {
  const code = frame.type === 'error' ? frame.code ?? 'error' : 'internal-server-error';
  ctx.problems.errorFrames[code] = (ctx.problems.errorFrames[code] ?? 0) + 1;
  noteProblem(ctx, `${who} received ${code}: ${frame.message ?? ''}`);
}
