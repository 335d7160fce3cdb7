/** The `chat.ended` event's detail, built from the stored chat. */
import type { ChatEndedDetailV1 } from '../protocol';
import type { ChatItem } from '../store';

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
    endedAt: chat.endedAt ?? chat.createdAt,
    endedBy: chat.endedBy ?? 'agent',
    messages: chat.lastSeq,
  };
}
