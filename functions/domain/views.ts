/** Stored items → what the browser is shown. */
import type { ChatView, MessageView } from '../protocol';
import type { ChatItem } from '../store';

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
    postChatForm: true,
    language: chat.language,
  };
}

export function eventMessage(chat: ChatItem, event: NonNullable<MessageView['event']>, text: string, at: number): MessageView {
  return { chatId: chat.chatId, seq: chat.lastSeq, kind: 'event', event, author: { role: 'system', name: 'Parley' }, text, at };
}
