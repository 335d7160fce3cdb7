/** Running totals of how long answered chats waited, for the customer's wait estimate. */
import { GetCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { db, TableName } from '../adapters/dynamo';
import { keys } from './keys';

export interface QueueStats { answered: number; totalWaitMs: number }

export async function recordAnswerWait(waitMs: number): Promise<void> {
  await db.send(new UpdateCommand({
    TableName,
    Key: keys.queueStats(),
    UpdateExpression: 'ADD answered :one, totalWaitMs :wait',
    ExpressionAttributeValues: { ':one': 1, ':wait': Math.max(0, Math.round(waitMs)) },
  }));
}

export async function getQueueStats(): Promise<QueueStats> {
  const { Item } = await db.send(new GetCommand({ TableName, Key: keys.queueStats() }));
  return { answered: (Item?.answered as number) ?? 0, totalWaitMs: (Item?.totalWaitMs as number) ?? 0 };
}
