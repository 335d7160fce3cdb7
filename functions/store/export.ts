/** Every item of the tenant's table, page by page: for the data export of the admin command, never for the hot path. */
import { ScanCommand } from '@aws-sdk/lib-dynamodb';
import { db, TableName } from '../adapters/dynamo';

export async function* allItems(): AsyncGenerator<Record<string, unknown>[]> {
  let ExclusiveStartKey: Record<string, unknown> | undefined;
  do {
    const page = await db.send(new ScanCommand({ TableName, ExclusiveStartKey }));
    yield page.Items ?? [];
    ExclusiveStartKey = page.LastEvaluatedKey;
  } while (ExclusiveStartKey);
}
