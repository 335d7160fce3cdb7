/**
 * Client-chosen request ids: the first submission claims its id for a request number, so a retried
 * submission (a lost reply, a double click) finds that number instead of making a second request.
 */
import { GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { db, isConditionFailed, TableName } from '../adapters/dynamo';
import type { RequestView } from '../protocol';
import { keys } from './keys';

export interface RequestClaim { number: number; requestId: string }

/** A retry comes within minutes; a week covers any client's patience. */
const CLAIM_SECONDS = 7 * 24 * 3600;

export async function getRequestClaim(owner: string, clientRequestId: string): Promise<RequestClaim | undefined> {
  const { Item } = await db.send(new GetCommand({ TableName, Key: keys.requestClaim(owner, clientRequestId) }));
  return Item && { number: Item.number as number, requestId: Item.requestId as string };
}

/** False when the id was already claimed (by a concurrent retry). */
export async function putRequestClaim(owner: string, clientRequestId: string, claim: RequestClaim, now: number): Promise<boolean> {
  try {
    await db.send(new PutCommand({
      TableName,
      Item: { ...keys.requestClaim(owner, clientRequestId), ...claim, expiresAt: Math.floor(now / 1000) + CLAIM_SECONDS },
      ConditionExpression: 'attribute_not_exists(pk)',
    }));
    return true;
  } catch (error) {
    if (isConditionFailed(error)) return false;
    throw error;
  }
}

export async function getRequest(number: number): Promise<RequestView | undefined> {
  const { Item } = await db.send(new GetCommand({ TableName, Key: keys.request(number) }));
  if (!Item) return undefined;
  const { pk: _pk, sk: _sk, ...request } = Item;
  return request as RequestView;
}

/** Stores the request unless a concurrent retry already did; true when this call stored it. */
export async function putRequestOnce(request: RequestView): Promise<boolean> {
  try {
    await db.send(new PutCommand({ TableName, Item: { ...keys.request(request.number), ...request }, ConditionExpression: 'attribute_not_exists(pk)' }));
    return true;
  } catch (error) {
    if (isConditionFailed(error)) return false;
    throw error;
  }
}
