/** Reading one small partition whole: marks the sweep goes through, a directory, a library. */
import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import { db, TableName } from '../adapters/dynamo';

export interface PartitionRead {
  /** Keeps only the items this holds for (a FilterExpression: read units are spent on every item all the same). */
  filter?: { expression: string; values: Record<string, unknown> };
  /** The attributes to return, when not all of them. */
  projection?: string;
}

/** Every item under `pk`, page after page (a Query answers at most 1 MB at a time). */
export async function partitionItems<T = Record<string, unknown>>(pk: string, read: PartitionRead = {}): Promise<T[]> {
  const items: T[] = [];
  let ExclusiveStartKey: Record<string, unknown> | undefined;
  do {
    const page = await db.send(new QueryCommand({
      TableName,
      KeyConditionExpression: 'pk = :pk',
      ...(read.filter && { FilterExpression: read.filter.expression }),
      ...(read.projection && { ProjectionExpression: read.projection }),
      ExpressionAttributeValues: { ':pk': pk, ...read.filter?.values },
      ExclusiveStartKey,
    }));
    items.push(...((page.Items ?? []) as T[]));
    ExclusiveStartKey = page.LastEvaluatedKey;
  } while (ExclusiveStartKey);
  return items;
}
