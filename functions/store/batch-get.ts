/** Reading several items by key at once. */
import { BatchGetCommand, type BatchGetCommandOutput } from '@aws-sdk/lib-dynamodb';
import { db, TableName } from '../adapters/dynamo';

/** DynamoDB's limit of keys per BatchGetItem. */
const BATCH_GET_MAX = 100;

export interface BatchGetOptions {
  /** Strongly consistent reads (DynamoDB's default for BatchGetItem is eventually consistent). */
  consistent?: boolean;
  /** Only these attributes of each item (each read still costs what reading the item whole costs). */
  attributes?: string[];
}

/** The items that exist among `itemKeys`, in no particular order, in batches of DynamoDB's limit. */
export async function batchGetItems(itemKeys: Record<string, unknown>[], { consistent, attributes }: BatchGetOptions = {}): Promise<Record<string, unknown>[]> {
  const items: Record<string, unknown>[] = [];
  const projection = attributes && {
    ProjectionExpression: attributes.map((_, i) => `#a${i}`).join(', '),
    ExpressionAttributeNames: Object.fromEntries(attributes.map((name, i) => [`#a${i}`, name])),
  };
  for (let i = 0; i < itemKeys.length; i += BATCH_GET_MAX) {
    let Keys: Record<string, unknown>[] | undefined = itemKeys.slice(i, i + BATCH_GET_MAX);
    // BatchGet may leave keys unprocessed under load; ask again for exactly those.
    while (Keys?.length) {
      const result: BatchGetCommandOutput = await db.send(new BatchGetCommand({
        RequestItems: { [TableName]: { Keys, ...(consistent !== undefined && { ConsistentRead: consistent }), ...projection } },
      }));
      items.push(...(result.Responses?.[TableName] ?? []));
      Keys = result.UnprocessedKeys?.[TableName]?.Keys;
    }
  }
  return items;
}
