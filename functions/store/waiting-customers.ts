/** Whether a waiting chat's customer is still there: their live connections, and when the sweep first found none. */
import { batchGetItems } from './batch-get';
import type { ConnectionItem } from './connections';
import { updateChatIf } from './conditional-update';
import { keys } from './keys';

/** The visitors (by id) with a live connection among `connectionIds`, read in batches, eventually consistent. */
export async function visitorsConnected(connectionIds: string[], nowSeconds: number): Promise<Set<string>> {
  return new Set((await customerConnections(connectionIds, nowSeconds)).map((c) => c.subject));
}

/** The live customer connections among `connectionIds` (id, visitor, when admitted), read as `visitorsConnected` reads them. */
export async function customerConnections(connectionIds: string[], nowSeconds: number): Promise<Pick<ConnectionItem, 'connectionId' | 'subject' | 'connectedAt'>[]> {
  if (connectionIds.length === 0) return [];
  const attributes = ['connectionId', 'role', 'subject', 'connectedAt', 'expiresAt'];
  const items = (await batchGetItems([...new Set(connectionIds)].map((id) => keys.connection(id)), { consistent: false, attributes })) as unknown as ConnectionItem[];
  // TTL deletion lags: an item past its expiry is a connection API Gateway has closed.
  return items.filter((c) => c.role === 'customer' && c.expiresAt > nowSeconds);
}

/** Records that the sweep found no live customer connection on a still-waiting chat. */
export async function markCustomerAway(chatId: string, now: number): Promise<void> {
  await updateChatIf({
    Key: keys.chat(chatId),
    UpdateExpression: 'SET customerAwaySince = :now',
    ConditionExpression: '#status = :queued',
    ExpressionAttributeNames: { '#status': 'status' },
    ExpressionAttributeValues: { ':now': now, ':queued': 'queued' },
  });
}

/** The customer is back: forgets when they were found gone. */
export async function clearCustomerAway(chatId: string): Promise<void> {
  await updateChatIf({ Key: keys.chat(chatId), UpdateExpression: 'REMOVE customerAwaySince', ConditionExpression: 'attribute_exists(pk)' });
}
