/** One conditional UpdateItem on a chat: the updated item, or undefined when its condition did not hold. */
import { UpdateCommand, type UpdateCommandInput } from '@aws-sdk/lib-dynamodb';
import { db, isConditionFailed, TableName } from '../adapters/dynamo';
import type { ChatItem } from './chats';

export async function updateChatIf(input: Omit<UpdateCommandInput, 'TableName'>): Promise<ChatItem | undefined> {
  try {
    const { Attributes } = await db.send(new UpdateCommand({ TableName, ...input }));
    return Attributes as ChatItem;
  } catch (error) {
    // Someone else changed the chat first (or the caller may not): an expected outcome, not a failure.
    if (isConditionFailed(error)) return undefined;
    throw error;
  }
}
