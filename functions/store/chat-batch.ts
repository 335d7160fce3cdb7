/** Reading several chat items by key at once. */
import { BatchGetCommand, type BatchGetCommandOutput } from '@aws-sdk/lib-dynamodb';
import { db, TableName } from '../adapters/dynamo';
import type { ChatItem } from './chats';
import { keys } from './keys';

/** DynamoDB's limit of keys per BatchGetItem. */
const BATCH_GET_MAX = 100;

/** The chats that exist among `chatIds`, by id. */
export async function getChats(chatIds: string[]): Promise<Map<string, ChatItem>> {
  const found = new Map<string, ChatItem>();
  for (let i = 0; i < chatIds.length; i += BATCH_GET_MAX) {
    let Keys: Record<string, unknown>[] | undefined = chatIds.slice(i, i + BATCH_GET_MAX).map((id) => keys.chat(id));
    // BatchGet may leave keys unprocessed under load; ask again for exactly those.
    while (Keys?.length) {
      const result: BatchGetCommandOutput = await db.send(new BatchGetCommand({ RequestItems: { [TableName]: { Keys } } }));
      for (const item of (result.Responses?.[TableName] ?? []) as ChatItem[]) found.set(item.chatId, item);
      Keys = result.UnprocessedKeys?.[TableName]?.Keys;
    }
  }
  return found;
}
