/** The admin audit log: append-only, read newest first a page at a time. */
import { PutCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { db, TableName } from '../adapters/dynamo';
import type { AuditEntry } from '../protocol';
import { AUDIT, keys } from './keys';

export async function appendAudit(entry: AuditEntry): Promise<void> {
  // The id is part of the key: a retried append rewrites the same entry instead of adding a second.
  await db.send(new PutCommand({ TableName, Item: { ...keys.audit(entry.at, entry.id), ...entry } }));
}

/** Up to `limit` entries older than the cursor (a sort key from an earlier page), newest first. */
export async function auditPage(limit: number, after?: string): Promise<{ entries: AuditEntry[]; last?: string }> {
  const page = await db.send(new QueryCommand({
    TableName,
    KeyConditionExpression: after ? 'pk = :pk AND sk < :after' : 'pk = :pk',
    ExpressionAttributeValues: { ':pk': AUDIT, ...(after ? { ':after': after } : {}) },
    ScanIndexForward: false,
    Limit: limit,
  }));
  const items = page.Items ?? [];
  const entries = items.map(({ id, at, action, actor, target, before, after: afterValues }) => ({ id, at, action, actor, target, before, after: afterValues }) as AuditEntry);
  return { entries, last: page.LastEvaluatedKey ? (items[items.length - 1].sk as string) : undefined };
}
