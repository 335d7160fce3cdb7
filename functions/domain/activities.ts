/** The person's Activities: one record per ended chat, written from `chat.ended` / `chat.linked` events. */
import type { ActivityView, ChatEndedDetailV1 } from '../protocol';
import { countConversationMessages, getChat, putActivity } from '../store';

/**
 * Idempotent: an event delivered twice writes the same record once. An event for a person the chat
 * is no longer linked to (a late `chat.ended` after a re-link) writes nothing: the new person's
 * `chat.linked` brings the record. Returns whether a record was written.
 */
export async function recordChatActivity(detail: ChatEndedDetailV1): Promise<boolean> {
  if (!detail.personId) return false;
  const chat = await getChat(detail.chatId);
  if (chat && chat.personId !== detail.personId) return false;
  const activity: ActivityView = {
    type: 'chat',
    chatId: detail.chatId,
    at: detail.endedAt,
    startedAt: detail.startedAt,
    channel: detail.channel,
    agentName: detail.agent?.name,
    // From the first answer: a chat the customer came back to, or that went back to the queue, is one chat.
    durationSeconds: Math.max(0, Math.round((detail.endedAt - (detail.firstAnsweredAt ?? detail.answeredAt ?? detail.startedAt)) / 1000)),
    // What the customer and the agents wrote; the event's own count includes joined/ended lines.
    messages: await countConversationMessages(detail.chatId),
  };
  await putActivity(detail.personId, activity);
  return true;
}
