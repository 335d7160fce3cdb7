/** On `chat.ended`: the chat's row in the searchable history. */
import type { EventBridgeEvent } from 'aws-lambda';
import type { ChatEndedDetailV1 } from '../protocol';
import { recordEndedChat } from '../domain/history';

export async function handler(event: EventBridgeEvent<string, ChatEndedDetailV1>): Promise<{ written: boolean }> {
  return { written: await recordEndedChat(event.detail.chatId) };
}
