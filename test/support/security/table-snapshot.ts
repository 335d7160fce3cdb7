/**
 * The whole table as sorted JSON lines, to prove an attack changed nothing. A scan: fine in a test,
 * never in the product. Left out: `tat`, the rate-limit bucket on the sender's own connection item,
 * which every counted frame moves by design.
 */
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, ScanCommand } from '@aws-sdk/lib-dynamodb';
import type { Runtime } from '../../../infra/local/runtime';

export async function tableSnapshot(runtime: Runtime): Promise<string[]> {
  const client = new DynamoDBClient({ endpoint: runtime.dynamoEndpoint, region: runtime.region, credentials: runtime.credentials });
  const db = DynamoDBDocumentClient.from(client);
  try {
    const rows: string[] = [];
    let ExclusiveStartKey: Record<string, unknown> | undefined;
    do {
      const page = await db.send(new ScanCommand({ TableName: runtime.tableName, ConsistentRead: true, ExclusiveStartKey }));
      rows.push(...(page.Items ?? []).map((item) => JSON.stringify(item, (key, value) => (key === 'tat' ? undefined : value instanceof Set ? [...value].sort() : value))));
      ExclusiveStartKey = page.LastEvaluatedKey;
    } while (ExclusiveStartKey);
    return rows.sort();
  } finally {
    client.destroy();
  }
}

/** Rows present in one snapshot and not the other, for a readable failure. */
export function snapshotDiff(before: string[], after: string[]): { gone: string[]; added: string[] } {
  const a = new Set(after);
  const b = new Set(before);
  return { gone: before.filter((r) => !a.has(r)), added: after.filter((r) => !b.has(r)) };
}
