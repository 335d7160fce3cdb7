/**
 * Finishing what a stopped writer left half-done. A handler that dies between allocating a seq and
 * storing its message (a crash, a Lambda timeout) leaves a gap in the chat. A participant's own
 * message is finished when its client resends it (chat.ts); the opening question and system events
 * have nobody to resend them, but the chat item holds all of each: sync rebuilds and stores them,
 * and publishes their bus event again (its consumers count an event once, by its content).
 */
import type { MessageView } from '../protocol';
import { putMessage, type ChatItem } from '../store';
import { chatAnsweredDetail, chatEndedEvent, chatStartedEvent } from './chat-events';
import { publish } from './events';
import { DETAIL_TYPES } from '../protocol';
import { eventMessage, questionMessage } from './views';
import type { BusEvent } from '../adapters/bus';

/** `found` (messages after `afterSeq`, in order) with any rebuildable message that is missing stored and put in its place. */
export async function finishInterruptedWrites(chat: ChatItem, afterSeq: number, found: MessageView[], now: number): Promise<MessageView[]> {
  const stored = new Set(found.map((m) => m.seq));
  const missing: MessageView[] = [];
  // A chat started without a question (the channel does not ask for one) has none to store.
  // A chat keeping only its question's first words stored the whole as message 1 before cutting it.
  if (afterSeq < 1 && chat.question && !chat.questionCut && !stored.has(1)) missing.push(questionMessage(chat));
  if (chat.lastEvent && chat.lastEventSeq && chat.lastEventSeq > afterSeq && !stored.has(chat.lastEventSeq)) missing.push(eventMessage(chat));
  if (missing.length === 0) return found;
  for (const message of missing) {
    const event = busEventOf(chat, message);
    if (event) await publish(event, now);
    await putMessage(message);
  }
  return [...found, ...missing].sort((a, b) => a.seq - b.seq);
}

function busEventOf(chat: ChatItem, message: MessageView): BusEvent | undefined {
  if (message.seq === 1) return chatStartedEvent(chat);
  if (message.event === 'ended') return chatEndedEvent(chat);
  // Only the claim's "joined" is still the newest event while the chat is with the agent who answered.
  if (message.event === 'joined' && chat.answeredAt) return { detailType: DETAIL_TYPES.chatAnswered, detail: chatAnsweredDetail(chat) };
  return undefined;
}
