/** Spent WebSocket tickets and the token signing key. */
import { randomBytes } from 'node:crypto';
import { GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { db, isConditionFailed, TableName } from '../adapters/dynamo';
import { keys } from './keys';

/**
 * Marks the ticket `ticketId` spent, kept until it expires (`expiresAt`, epoch seconds, the table's
 * TTL); false when it was spent before. One conditional put: a reused ticket writes nothing. A spent
 * item lingering past its expiry (TTL lags) still refuses its ticket, which has expired anyway.
 */
export async function spendTicket(ticketId: string, expiresAt: number): Promise<boolean> {
  try {
    await db.send(new PutCommand({
      TableName,
      Item: { ...keys.spentTicket(ticketId), expiresAt },
      ConditionExpression: 'attribute_not_exists(pk)',
    }));
    return true;
  } catch (error) {
    if (isConditionFailed(error)) return false;
    throw error;
  }
}

/**
 * The tenant's token signing key, created on first use. Kept in the tenant's own table so no
 * secret appears in templates or environment variables; the conditional put settles a race.
 */
export async function getOrCreateSigningKey(): Promise<Uint8Array> {
  const read = async () => (await db.send(new GetCommand({ TableName, Key: keys.signingKey(), ConsistentRead: true }))).Item;
  const existing = await read();
  if (existing) return Buffer.from(existing.key as string, 'base64');
  try {
    const key = randomBytes(32);
    await db.send(new PutCommand({ TableName, Item: { ...keys.signingKey(), key: key.toString('base64') }, ConditionExpression: 'attribute_not_exists(pk)' }));
    return key;
  } catch (error) {
    if (!isConditionFailed(error)) throw error;
    return Buffer.from((await read())!.key as string, 'base64');
  }
}
