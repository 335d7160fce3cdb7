/** On `chat.ended` and `chat.linked`: the record under the person's Activities. */
import type { EventBridgeEvent } from 'aws-lambda';
import type { ChatEndedDetailV1 } from '../protocol';
import { recordChatActivity } from '../domain/activities';

export async function handler(event: EventBridgeEvent<string, ChatEndedDetailV1>): Promise<{ written: boolean }> {
  return { written: await recordChatActivity(event.detail) };
}
