/** The details of the chat events, built from the stored chat, and putting the newer ones on the bus. */
import type { BusEvent } from '../adapters/bus';
import type { ChatAnsweredDetailV1, ChatEndedDetailV1, ChatRatedDetailV1, ChatReopenedDetailV1, ChatRequeuedDetailV1, ChatStartedDetailV1 } from '../protocol';
import { DETAIL_TYPES } from '../protocol';
import type { ChatItem } from '../store';
import { publish } from './events';

export function chatStartedEvent(chat: ChatItem): BusEvent {
  const detail: ChatStartedDetailV1 = {
    version: 1, chatId: chat.chatId, channel: chat.channel, customer: { name: chat.customerName, email: chat.customerEmail }, startedAt: chat.createdAt,
  };
  return { detailType: DETAIL_TYPES.chatStarted, detail };
}

export const chatEndedEvent = (chat: ChatItem): BusEvent => ({ detailType: DETAIL_TYPES.chatEnded, detail: chatEndedDetail(chat) });

export function chatEndedDetail(chat: ChatItem): ChatEndedDetailV1 {
  return {
    version: 1,
    chatId: chat.chatId,
    channel: chat.channel,
    personId: chat.personId,
    agent: chat.agentId ? { id: chat.agentId, name: chat.agentName ?? '' } : undefined,
    customer: { name: chat.customerName, email: chat.customerEmail },
    startedAt: chat.createdAt,
    answeredAt: chat.answeredAt,
    ...(chat.firstAnsweredAt !== undefined && { firstAnsweredAt: chat.firstAnsweredAt }),
    endedAt: chat.endedAt ?? chat.createdAt,
    endedBy: chat.endedBy ?? 'agent',
    messages: chat.lastSeq,
    ...(chat.endedBefore && { again: true as const }),
    // The mark outlives the end only when the customer's leaving ended the chat (customer-left.ts);
    // one the agent ended while the customer was away was still being handled until then.
    ...(chat.endedBy === 'customer' && chat.customerLeftAt !== undefined && { customerLeftAt: chat.customerLeftAt }),
  };
}

/** The `chat.answered` event's detail, from the chat as the claim left it. */
export function chatAnsweredDetail(chat: ChatItem): ChatAnsweredDetailV1 {
  const answeredAt = chat.answeredAt ?? chat.createdAt;
  return {
    version: 1,
    chatId: chat.chatId,
    channel: chat.channel,
    agent: { id: chat.agentId ?? '', name: chat.agentName ?? '' },
    startedAt: chat.createdAt,
    queuedAt: chat.queuedAt ?? chat.createdAt,
    answeredAt,
    ...(chat.firstAnsweredAt !== undefined && chat.firstAnsweredAt < answeredAt && { again: true as const }),
  };
}

/** The `chat.rated` event's detail; undefined when the feedback holds no rating. */
export function chatRatedDetail(chat: ChatItem): ChatRatedDetailV1 | undefined {
  if (!chat.feedback?.rating) return undefined;
  return {
    version: 1,
    chatId: chat.chatId,
    channel: chat.channel,
    rating: chat.feedback.rating,
    agent: chat.agentId ? { id: chat.agentId, name: chat.agentName ?? '' } : undefined,
    ratedAt: chat.feedback.at,
    ...((chat.ratings ?? 1) > 1 && { again: true as const }),
  };
}

export async function publishChatAnswered(chat: ChatItem, now: number): Promise<void> {
  await publish({ detailType: DETAIL_TYPES.chatAnswered, detail: chatAnsweredDetail(chat) }, now);
}

/**
 * `answered`: the chat as it was before it went back to the queue (the requeue removes its answer);
 * `handledUntil`: when its agent went, which ended their handling of it.
 */
export async function publishChatRequeued(answered: ChatItem, now: number, handledUntil = now): Promise<void> {
  if (answered.answeredAt === undefined || !answered.agentId) return;
  const detail: ChatRequeuedDetailV1 = {
    version: 1, chatId: answered.chatId, channel: answered.channel, agent: { id: answered.agentId, name: answered.agentName ?? '' }, answeredAt: answered.answeredAt, requeuedAt: now,
    handledUntil: Math.min(now, Math.max(handledUntil, answered.answeredAt)),
    ...(answered.firstAnsweredAt !== undefined && { firstAnsweredAt: answered.firstAnsweredAt }),
  };
  await publish({ detailType: DETAIL_TYPES.chatRequeued, detail }, now);
}

/** `reopened`: the chat back with its agent, as the reopen left it. */
export async function publishChatReopened(reopened: ChatItem, now: number): Promise<void> {
  if (!reopened.agentId) return;
  const detail: ChatReopenedDetailV1 = { version: 1, chatId: reopened.chatId, channel: reopened.channel, agent: { id: reopened.agentId, name: reopened.agentName ?? '' }, reopenedAt: now };
  await publish({ detailType: DETAIL_TYPES.chatReopened, detail }, now);
}

export async function publishChatRated(chat: ChatItem, now: number): Promise<void> {
  const detail = chatRatedDetail(chat);
  if (detail) await publish({ detailType: DETAIL_TYPES.chatRated, detail }, now);
}
