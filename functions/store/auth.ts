/** Single-use WebSocket tickets and the token signing key. */
import { randomBytes } from 'node:crypto';
import { DeleteCommand, GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { db, isConditionFailed, TableName } from '../adapters/dynamo';
import type { Role } from '../protocol';
import { keys } from './keys';

export interface TicketItem { role: Role; subject: string; name: string; expiresAt: number; version?: number }

export async function putTicket(ticket: string, item: TicketItem): Promise<void> {
  await db.send(new PutCommand({ TableName, Item: { ...keys.ticket(ticket), ...item } }));
}

/** Deletes the ticket and returns it; a second use finds nothing. Expiry is the caller's to check. */
export async function consumeTicket(ticket: string): Promise<TicketItem | undefined> {
  try {
    const { Attributes } = await db.send(new DeleteCommand({
      TableName,
      Key: keys.ticket(ticket),
      ConditionExpression: 'attribute_exists(pk)',
      ReturnValues: 'ALL_OLD',
    }));
    return Attributes as TicketItem;
  } catch (error) {
    if (isConditionFailed(error)) return undefined;
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
