/**
 * A short lease on changes that could remove an active admin. Whoever holds it may check "another
 * active admin remains" and then write, knowing no other such change runs in between; a holder that
 * dies lets it lapse at `expiresAt`. One item, conditional writes (DynamoDB transactions are not an option locally).
 */
import { DeleteCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { db, isConditionFailed, TableName } from '../adapters/dynamo';
import { keys } from './keys';

/** Takes the lease for `holder` until `nowMs + forMs`; false while someone else holds it. */
export async function takeAdminChangeLease(holder: string, nowMs: number, forMs: number): Promise<boolean> {
  try {
    await db.send(new PutCommand({
      TableName,
      Item: { ...keys.adminChangeLease(), holder, expiresAtMs: nowMs + forMs },
      ConditionExpression: 'attribute_not_exists(pk) OR expiresAtMs < :now',
      ExpressionAttributeValues: { ':now': nowMs },
    }));
    return true;
  } catch (error) {
    if (isConditionFailed(error)) return false;
    throw error;
  }
}

/** Gives the lease back, unless it lapsed and someone else holds it now. */
export async function releaseAdminChangeLease(holder: string): Promise<void> {
  try {
    await db.send(new DeleteCommand({ TableName, Key: keys.adminChangeLease(), ConditionExpression: 'holder = :h', ExpressionAttributeValues: { ':h': holder } }));
  } catch (error) {
    if (!isConditionFailed(error)) throw error;
  }
}
