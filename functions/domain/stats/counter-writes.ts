/**
 * What each bus event adds to the hourly statistics counters: pure, so the maths is testable
 * without a table. Every write names the event it counts (`eventKey`), built from the event's own
 * detail rather than the bus's event id, because the outbox re-puts a refused event under a new id.
 */
import type {
  ChatAnsweredDetailV1, ChatEndedDetailV1, ChatRatedDetailV1, ChatReopenedDetailV1, ChatRequeuedDetailV1, ChatStartedDetailV1, RequestCreatedDetailV1,
} from '../../protocol';
import { DETAIL_TYPES } from '../../protocol';
import { DEFAULT_CHANNEL } from '../../protocol/channel-defaults';
import { bucketOf, HANDLING_BOUNDS, WAIT_BOUNDS } from './histogram';
import { hourStart } from './zoned-time';

/** One conditional ADD on the counter item of one channel and UTC hour. */
export interface CounterWrite {
  channel: string;
  hour: number;
  eventKey: string;
  add: Record<string, number>;
  /** Plain values stored beside the counters (an agent's name). */
  set?: Record<string, string>;
}

/** Counter attribute names, shared by the writer and the summary. */
export const COUNTER = {
  started: 'started',
  /** Answers: a chat answered again after going back to the queue counts once more here (its wait too)... */
  answered: 'answered',
  /** ...and here, so answered − reanswered is the chats answered. */
  reanswered: 'reanswered',
  ended: 'ended',
  abandoned: 'abandoned',
  offline: 'offline',
  handled: 'handled',
  /** Chats answered (or reopened) in this hour that have ended since: answered + reopened − closed is what is still going on. */
  closed: 'closed',
  /** Ended chats their customer went back to, with the same agent: an answer again, though not a new one. */
  reopened: 'reopened',
  waitMs: 'waitMs',
  handlingMs: 'handlingMs',
  ratingSum: 'ratingSum',
  rated: 'rated',
  waitBucket: (i: number) => `wait${i}`,
  handlingBucket: (i: number) => `handling${i}`,
  rating: (stars: number) => `rating${stars}`,
  agentChats: (id: string) => `agent#${id}#chats`,
  agentRated: (id: string) => `agent#${id}#rated`,
  agentRatingSum: (id: string) => `agent#${id}#ratingSum`,
  agentName: (id: string) => `agent#${id}#name`,
};

export function counterWrites(detailType: string, detail: unknown): CounterWrite[] {
  switch (detailType) {
    case DETAIL_TYPES.chatStarted: return startedWrites(detail as ChatStartedDetailV1);
    case DETAIL_TYPES.chatAnswered: return answeredWrites(detail as ChatAnsweredDetailV1);
    case DETAIL_TYPES.chatEnded: return endedWrites(detail as ChatEndedDetailV1);
    case DETAIL_TYPES.chatRequeued: return requeuedWrites(detail as ChatRequeuedDetailV1);
    case DETAIL_TYPES.chatReopened: return [reopenedWrite(detail as ChatReopenedDetailV1)];
    case DETAIL_TYPES.chatRated: return ratedWrites(detail as ChatRatedDetailV1);
    case DETAIL_TYPES.requestCreated: return requestWrites(detail as RequestCreatedDetailV1);
    default: return [];
  }
}

function startedWrites(d: ChatStartedDetailV1): CounterWrite[] {
  return [{ channel: d.channel, hour: hourStart(d.startedAt), eventKey: `started:${d.chatId}`, add: { [COUNTER.started]: 1 } }];
}

function answeredWrites(d: ChatAnsweredDetailV1): CounterWrite[] {
  const waitMs = Math.max(0, d.answeredAt - d.queuedAt);
  return [{
    channel: d.channel,
    hour: hourStart(d.answeredAt),
    eventKey: `answered:${d.chatId}:${d.answeredAt}`,
    add: { [COUNTER.answered]: 1, ...(d.again && { [COUNTER.reanswered]: 1 }), [COUNTER.waitMs]: waitMs, [COUNTER.waitBucket(bucketOf(waitMs / 1000, WAIT_BOUNDS))]: 1 },
  }];
}

function endedWrites(d: ChatEndedDetailV1): CounterWrite[] {
  const endKey = `ended:${d.chatId}:${d.endedAt}`;
  const hour = hourStart(d.endedAt);
  const { answeredAt } = d;
  // A chat its customer came back to was counted at its first end: a later end adds only the time
  // handled since (its count and its handling bucket stay those of the first end), and the agent who
  // handled it this time, if they had no part in it before.
  if (d.again) {
    if (answeredAt === undefined) return [];
    return [{ channel: d.channel, hour, eventKey: endKey, add: { [COUNTER.handlingMs]: handlingMs(d, answeredAt) } }, closedWrite({ ...d, answeredAt }), ...agentCredit({ ...d, answeredAt })];
  }
  // Left in the queue: abandoned, unless an agent had answered it before it went back there.
  if (answeredAt === undefined) return [{ channel: d.channel, hour, eventKey: endKey, add: { [COUNTER.ended]: 1, ...(d.firstAnsweredAt === undefined && { [COUNTER.abandoned]: 1 }) } }];
  const handled = handlingMs(d, answeredAt);
  const add: Record<string, number> = {
    [COUNTER.ended]: 1, [COUNTER.handled]: 1, [COUNTER.handlingMs]: handled, [COUNTER.handlingBucket(bucketOf(handled / 1000, HANDLING_BOUNDS))]: 1,
  };
  return [{ channel: d.channel, hour, eventKey: endKey, add }, closedWrite({ ...d, answeredAt }), ...agentCredit({ ...d, answeredAt })];
}

/**
 * An answer that went back to the queue when its agent went: handled until they went (the chat's
 * handling time is all its answers'), and one of the chats that agent handled.
 */
function requeuedWrites(d: ChatRequeuedDetailV1): CounterWrite[] {
  const handled = Math.max(0, (d.handledUntil ?? d.requeuedAt) - d.answeredAt);
  return [
    closedWrite(d),
    { channel: d.channel, hour: hourStart(d.requeuedAt), eventKey: `requeued:${d.chatId}:${d.answeredAt}`, add: { [COUNTER.handlingMs]: handled } },
    ...agentCredit(d),
  ];
}

/**
 * The chat counts once among the chats `agent` handled, however many of its answers were theirs: one
 * key per chat and agent, in the hour of the chat's first answer (the same for every part of it), so
 * a second part of theirs is the same write. Each agent who handled a part is credited: the rating
 * the customer gives after it goes to the agent they rated, among whose chats it is.
 */
function agentCredit(d: { chatId: string; channel: string; agent?: { id: string; name: string }; answeredAt: number; firstAnsweredAt?: number }): CounterWrite[] {
  if (!d.agent) return [];
  return [{
    channel: d.channel, hour: hourStart(d.firstAnsweredAt ?? d.answeredAt), eventKey: `agent-chat:${d.chatId}:${d.agent.id}`,
    add: { [COUNTER.agentChats(d.agent.id)]: 1 }, set: { [COUNTER.agentName(d.agent.id)]: d.agent.name },
  }];
}

/**
 * How long the answer that began at `answeredAt` was handled. A chat ended for a customer who left was
 * handled until they left, not through the wait for their return. (A customer gone before the answer,
 * in a chat answered again from the queue, left nothing to handle.)
 */
function handlingMs(d: ChatEndedDetailV1, answeredAt: number): number {
  const handledUntil = d.customerLeftAt === undefined ? d.endedAt : Math.min(Math.max(d.customerLeftAt, answeredAt), d.endedAt);
  return Math.max(0, handledUntil - answeredAt);
}

function reopenedWrite(d: ChatReopenedDetailV1): CounterWrite {
  return { channel: d.channel, hour: hourStart(d.reopenedAt), eventKey: `reopened:${d.chatId}:${d.reopenedAt}`, add: { [COUNTER.reopened]: 1 } };
}

/**
 * An answer is over: its chat ended, or went back to the queue to be answered again. Keyed by the
 * answer, not the end: a reopened chat that ends twice closes its answer once.
 */
function closedWrite(d: { chatId: string; channel: string; answeredAt: number }): CounterWrite {
  return { channel: d.channel, hour: hourStart(d.answeredAt), eventKey: `closed:${d.chatId}:${d.answeredAt}`, add: { [COUNTER.closed]: 1 } };
}

function ratedWrites(d: ChatRatedDetailV1): CounterWrite[] {
  // A chat rated again after the customer came back to it keeps its first rating.
  if (d.again) return [];
  const add: Record<string, number> = { [COUNTER.rated]: 1, [COUNTER.ratingSum]: d.rating, [COUNTER.rating(d.rating)]: 1 };
  if (d.agent) Object.assign(add, { [COUNTER.agentRated(d.agent.id)]: 1, [COUNTER.agentRatingSum(d.agent.id)]: d.rating });
  return [{
    channel: d.channel, hour: hourStart(d.ratedAt), eventKey: `rated:${d.chatId}:${d.ratedAt}`, add,
    set: d.agent ? { [COUNTER.agentName(d.agent.id)]: d.agent.name } : undefined,
  }];
}

function requestWrites(d: RequestCreatedDetailV1): CounterWrite[] {
  if (d.source !== 'offline-form') return [];
  return [{ channel: d.channel ?? DEFAULT_CHANNEL, hour: hourStart(d.createdAt), eventKey: `request:${d.requestId}`, add: { [COUNTER.offline]: 1 } }];
}
