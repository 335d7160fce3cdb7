/** Reading the sparse queue index: waiting chats, oldest first, page after page. */
import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import { db, TableName } from '../adapters/dynamo';
import { TABLE } from './table-schema';
import { indexValues } from './keys';

/** Up to `limit` entries of the queue index (all without one), with only `projection` when given. */
export async function readQueueIndex<T>(options: { projection?: string; limit?: number } = {}): Promise<T[]> {
  const index = TABLE.indexes.queue;
  const out: T[] = [];
  let ExclusiveStartKey: Record<string, unknown> | undefined;
  do {
    const page = await db.send(new QueryCommand({
      TableName,
      IndexName: index.name,
      KeyConditionExpression: `${index.partitionKey} = :q`,
      ExpressionAttributeValues: { ':q': indexValues.queue() },
      ProjectionExpression: options.projection,
      Limit: options.limit === undefined ? undefined : options.limit - out.length,
      ExclusiveStartKey,
    }));
    out.push(...((page.Items ?? []) as T[]));
    ExclusiveStartKey = options.limit === undefined || out.length < options.limit ? page.LastEvaluatedKey : undefined;
  } while (ExclusiveStartKey);
  return out;
}
