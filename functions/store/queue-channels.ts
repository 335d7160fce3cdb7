/** The queue index read whole with a small projection, so the queue's figures can be told per channel. */
import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import { db, TableName } from '../adapters/dynamo';
import { TABLE } from './table-schema';
import { indexValues } from './keys';

export interface QueuedChannelRow { channel: string; queuedAt: number }

/** Every waiting chat's channel and queue time, oldest first: read as a count of the queue would read it. */
export async function queuedChannels(): Promise<QueuedChannelRow[]> {
  const index = TABLE.indexes.queue;
  const out: QueuedChannelRow[] = [];
  let ExclusiveStartKey: Record<string, unknown> | undefined;
  do {
    const page = await db.send(new QueryCommand({
      TableName,
      IndexName: index.name,
      KeyConditionExpression: `${index.partitionKey} = :q`,
      ExpressionAttributeValues: { ':q': indexValues.queue() },
      ProjectionExpression: 'channel, queuedAt',
      ExclusiveStartKey,
    }));
    out.push(...((page.Items ?? []) as QueuedChannelRow[]));
    ExclusiveStartKey = page.LastEvaluatedKey;
  } while (ExclusiveStartKey);
  return out;
}
