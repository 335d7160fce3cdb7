/** The person's Activities: one record per ended chat, written from `chat.ended` / `chat.linked` events. */
import type { ActivityView, ChatEndedDetailV1 } from '../protocol';
import { putActivity } from '../store';

/** Idempotent: an event delivered twice writes the same record once. Returns whether there was a person to write for. */
export async function recordChatActivity(detail: ChatEndedDetailV1): Promise<boolean> {
  if (!detail.personId) return false;
  const activity: ActivityView = {
    type: 'chat',
    chatId: detail.chatId,
    at: detail.endedAt,
    startedAt: detail.startedAt,
    channel: detail.channel,
    agentName: detail.agent?.name,
    durationSeconds: Math.max(0, Math.round((detail.endedAt - (detail.answeredAt ?? detail.startedAt)) / 1000)),
    messages: detail.messages,
  };
  await putActivity(detail.personId, activity);
  return true;
}
