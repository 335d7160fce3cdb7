/**
 * Every chat message the simulated clients send, and every time one reaches the other side, matched
 * by clientMessageId. Senders and receivers live in this process, so both times come from one clock.
 */
import { summarize } from '../stats';

export type Side = 'customer' | 'agent';

/** Delivery latency of the messages sent within one slice of the run. */
export interface TimelineSlice { fromS: number; messages: number; p50: number; p99: number; max: number }

interface Sent { chatId: string; from: Side; at: number; receipts: number; echoed: boolean }

export interface DeliveryCounts {
  sent: number;
  delivered: number;
  /** Sent but never received by the other side. */
  lost: number;
  /** Extra receipts of a message the other side already had. */
  duplicated: number;
  /** Sent but never confirmed to the sender (`confirms` on a later frame, or an echo): the server's word that it was stored. */
  unconfirmed: number;
  /** A message frame whose seq was not above the last one that connection saw in that chat. */
  outOfOrder: number;
  /** A message frame whose seq skipped one (a message the connection never received). */
  seqGaps: number;
}

export class Deliveries {
  private readonly sent = new Map<string, Sent>();
  private readonly lastSeq = new Map<string, number>();
  readonly customerToAgentMs: number[] = [];
  readonly agentToCustomerMs: number[] = [];
  /** [sent at, latency] of every first receipt, for the timeline. */
  private readonly bySendTime: [number, number][] = [];
  private outOfOrder = 0;
  private seqGaps = 0;
  firstSentAt = Infinity;
  lastReceivedAt = -Infinity;

  recordSend(clientMessageId: string, chatId: string, from: Side, at: number): void {
    if (this.sent.has(clientMessageId)) throw new Error(`clientMessageId ${clientMessageId} sent twice by the benchmark`);
    this.sent.set(clientMessageId, { chatId, from, at, receipts: 0, echoed: false });
    this.firstSentAt = Math.min(this.firstSentAt, at);
  }

  /**
   * A frame arriving at `receiver` confirmed these stored messages (its `confirms`): the sender's own,
   * never echoed. They fill the connection's sequence before the frame's own message is counted.
   */
  recordConfirmations(receiver: string, side: Side, confirms: { chatId: string; seq: number; clientMessageId?: string }[] | undefined): void {
    for (const message of confirms ?? []) {
      const key = `${receiver} ${message.chatId}`;
      if (message.seq > (this.lastSeq.get(key) ?? 0)) this.lastSeq.set(key, message.seq);
      const sent = message.clientMessageId === undefined ? undefined : this.sent.get(message.clientMessageId);
      if (sent?.from === side) sent.echoed = true;
    }
  }

  /**
   * A `message` frame arrived at `receiver` (a connection id of the benchmark's own). Returns true the
   * first time a message reaches the side it was sent to, so the conversation can go on.
   */
  recordReceipt(receiver: string, side: Side, message: { chatId: string; seq: number; clientMessageId?: string }, at: number): boolean {
    const key = `${receiver} ${message.chatId}`;
    const last = this.lastSeq.get(key) ?? 0;
    if (message.seq <= last) this.outOfOrder += 1;
    else {
      if (last > 0 && message.seq > last + 1) this.seqGaps += 1;
      this.lastSeq.set(key, message.seq);
    }
    const sent = message.clientMessageId === undefined ? undefined : this.sent.get(message.clientMessageId);
    if (!sent) return false;
    if (sent.from === side) {
      sent.echoed = true;
      return false;
    }
    sent.receipts += 1;
    if (sent.receipts > 1) return false;
    (side === 'agent' ? this.customerToAgentMs : this.agentToCustomerMs).push(at - sent.at);
    this.bySendTime.push([sent.at, at - sent.at]);
    this.lastReceivedAt = Math.max(this.lastReceivedAt, at);
    return true;
  }

  counts(): DeliveryCounts {
    let delivered = 0;
    let lost = 0;
    let duplicated = 0;
    let unconfirmed = 0;
    for (const s of this.sent.values()) {
      if (s.receipts === 0) lost += 1;
      else delivered += 1;
      duplicated += Math.max(0, s.receipts - 1);
      if (!s.echoed) unconfirmed += 1;
    }
    return { sent: this.sent.size, delivered, lost, duplicated, unconfirmed, outOfOrder: this.outOfOrder, seqGaps: this.seqGaps };
  }

  /** Latency by when the message was sent, in slices of `sliceMs` from the first send: shows bursts. */
  timeline(sliceMs: number): TimelineSlice[] {
    const slices = new Map<number, number[]>();
    for (const [sentAt, ms] of this.bySendTime) {
      const slice = Math.floor((sentAt - this.firstSentAt) / sliceMs);
      const samples = slices.get(slice) ?? [];
      samples.push(ms);
      slices.set(slice, samples);
    }
    return [...slices.entries()].sort((a, b) => a[0] - b[0]).map(([slice, samples]) => {
      const s = summarize(samples);
      return { fromS: (slice * sliceMs) / 1000, messages: s.count, p50: s.p50, p99: s.p99, max: s.max };
    });
  }

  /** Messages per second from the first send to the last receipt. */
  perSecond(): number {
    const spanMs = this.lastReceivedAt - this.firstSentAt;
    return spanMs > 0 ? (this.sent.size / spanMs) * 1000 : 0;
  }
}
