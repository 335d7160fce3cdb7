/** Events the bus refused, kept until the sweeper has put them: no activity is ever lost. */
import { DeleteCommand, PutCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { db, TableName } from '../adapters/dynamo';
import { keys, OUTBOX } from './keys';

export interface OutboxItem { id: string; at: number; detailType: string; detail: unknown }

export async function putOutbox(item: OutboxItem): Promise<void> {
  await db.send(new PutCommand({ TableName, Item: { ...keys.outbox(item.at, item.id), ...item } }));
}

export async function oldestOutbox(limit: number): Promise<OutboxItem[]> {
  const { Items = [] } = await db.send(new QueryCommand({
    TableName,
    KeyConditionExpression: 'pk = :pk',
    ExpressionAttributeValues: { ':pk': OUTBOX },
    Limit: limit,
  }));
  return Items as OutboxItem[];
}

export async function deleteOutbox(item: OutboxItem): Promise<void> {
  await db.send(new DeleteCommand({ TableName, Key: keys.outbox(item.at, item.id) }));
}
