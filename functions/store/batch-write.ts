/** Writing (putting or deleting) several items at once. */
import { BatchWriteCommand } from '@aws-sdk/lib-dynamodb';
import { db, TableName } from '../adapters/dynamo';

/** DynamoDB's limit of requests per BatchWriteItem. */
const BATCH_WRITE_MAX = 25;
const MAX_ATTEMPTS = 8;

export type WriteRequest = { PutRequest: { Item: Record<string, unknown> } } | { DeleteRequest: { Key: Record<string, unknown> } };

/**
 * The requests in batches of DynamoDB's limit, each retried with backoff for what DynamoDB leaves
 * unprocessed; throws `failure(left)` if some are still unwritten after a few tries.
 */
export async function batchWriteItems(all: WriteRequest[], failure: (left: number) => Error): Promise<void> {
  for (let start = 0; start < all.length; start += BATCH_WRITE_MAX) {
    let requests: WriteRequest[] | undefined = all.slice(start, start + BATCH_WRITE_MAX);
    for (let attempt = 0; requests?.length; attempt++) {
      if (attempt === MAX_ATTEMPTS) throw failure(requests.length);
      if (attempt > 0) await new Promise((resolve) => setTimeout(resolve, Math.min(1000, 50 * 2 ** attempt)));
      const { UnprocessedItems } = await db.send(new BatchWriteCommand({ RequestItems: { [TableName]: requests } }));
      requests = UnprocessedItems?.[TableName] as WriteRequest[] | undefined;
    }
  }
}
