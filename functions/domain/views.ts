/** Stored items → what the browser is shown. */
import type { ChatView, MessageView } from '../protocol';
import type { ChatItem } from '../store';
import { NAMELESS_CUSTOMER } from '../protocol/event-lines';

export function chatView(chat: ChatItem): ChatView {
  return {
    chatId: chat.chatId,
    status: chat.status,
    channel: chat.channel,
    customer: { name: chat.customerName, email: chat.customerEmail },
    customerPhone: chat.customerPhone,
    agent: chat.agentId ? { id: chat.agentId, name: chat.agentName ?? '' } : undefined,
    question: chat.question,
    createdAt: chat.createdAt,
    endedAt: chat.endedAt,
    lastSeq: chat.lastSeq,
    queuedAt: chat.queuedAt,
    answeredAt: chat.answeredAt,
    read: chat.read,
    personId: chat.personId,
    transfer: chat.transfer,
    feedback: chat.feedback ? { rating: chat.feedback.rating, comment: chat.feedback.comment } : undefined,
    ...(chat.earlierFeedback && { earlierFeedback: { rating: chat.earlierFeedback.rating, comment: chat.earlierFeedback.comment } }),
    postChatForm: chat.postChatForm !== false,
    ...(chat.transcriptByEmail === false && { transcriptByEmail: false as const }),
    language: chat.language,
    // An ended chat is nobody's: not the bot's either.
    ...(chat.bot && chat.status !== 'ended' && { bot: true }),
    ...(chat.customerLeftAt !== undefined && chat.status === 'active' && { customerLeftAt: chat.customerLeftAt }),
  };
}

/** The chat's first message (seq 1): the customer's question, as the chat item holds it. */
export function questionMessage(chat: ChatItem): MessageView {
  return { chatId: chat.chatId, seq: 1, kind: 'text', author: { role: 'customer', name: chat.customerName }, text: chat.question, at: chat.createdAt };
}

/** The system event the chat's last event-allocating update recorded, as the message stored at its seq. */
export function eventMessage(chat: ChatItem): MessageView {
  const { event, text, at, byCustomer } = chat.lastEvent!;
  return { chatId: chat.chatId, seq: chat.lastEventSeq!, kind: 'event', event, author: { role: 'system', name: 'Parley' }, text, at, ...(byCustomer && { byCustomer }) };
}

/** How the chat's event lines name its customer: the name they gave, or "Customer" when the form left it out. */
export function customerNameOf(chat: ChatItem | undefined): string {
  return chat?.customerName || NAMELESS_CUSTOMER;
}
