/** One conditional UpdateItem: the item as ReturnValues asks for it, or undefined when its condition did not hold. */
import { UpdateCommand, type UpdateCommandInput } from '@aws-sdk/lib-dynamodb';
import { db, isConditionFailed, TableName } from '../adapters/dynamo';
import type { ChatItem } from './chats';

export async function updateIf<T = Record<string, unknown>>(input: Omit<UpdateCommandInput, 'TableName'>): Promise<T | undefined> {
  try {
    const { Attributes } = await db.send(new UpdateCommand({ TableName, ...input }));
    return Attributes as T;
  } catch (error) {
    // Someone else changed the item first (or the caller may not): an expected outcome, not a failure.
    if (isConditionFailed(error)) return undefined;
    throw error;
  }
}

export const updateChatIf = (input: Omit<UpdateCommandInput, 'TableName'>): Promise<ChatItem | undefined> => updateIf<ChatItem>(input);
