/** What a person's activity record is built from, and moving a chat's records off a person. */
import { DeleteCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { db, TableName } from '../adapters/dynamo';
import { MAX_SEQ } from './chats';
import { keys, messageSk } from './keys';

/** Messages the customer or an agent wrote; system events (joined, ended, transferred…) are not counted. */
export async function countConversationMessages(chatId: string): Promise<number> {
  let count = 0;
  let ExclusiveStartKey: Record<string, unknown> | undefined;
  do {
    const page = await db.send(new QueryCommand({
      TableName,
      KeyConditionExpression: 'pk = :pk AND sk BETWEEN :from AND :to',
      FilterExpression: 'author.#role IN (:customer, :agent)',
      ExpressionAttributeNames: { '#role': 'role' },
      ExpressionAttributeValues: { ':pk': keys.chat(chatId).pk, ':from': messageSk(1), ':to': messageSk(MAX_SEQ + 10), ':customer': 'customer', ':agent': 'agent' },
      Select: 'COUNT',
      ExclusiveStartKey,
    }));
    count += page.Count ?? 0;
    ExclusiveStartKey = page.LastEvaluatedKey;
  } while (ExclusiveStartKey);
  return count;
}

/** Removes a chat from a person's earlier chats and Activities (it was linked to someone else). */
export async function removeChatFromPerson(personId: string, chat: { chatId: string; createdAt: number }): Promise<void> {
  await Promise.all([
    db.send(new DeleteCommand({ TableName, Key: keys.personChat(personId, chat.createdAt, chat.chatId) })),
    db.send(new DeleteCommand({ TableName, Key: keys.personActivity(personId, chat.createdAt, chat.chatId) })),
  ]);
}
