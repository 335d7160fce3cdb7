/** Handing a chat from one agent to another: every step a conditional write on the chat, so it has one owner at every moment. */
import { DeleteCommand, PutCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { db, isConditionFailed, TableName } from '../adapters/dynamo';
import { activityHour, recordEvent, type ChatEventRecord, type ChatItem, type PendingTransfer } from './chats';
import { indexValues, keys } from './keys';
import { partitionItems } from './partition';

async function update(chatId: string, input: { UpdateExpression: string; ConditionExpression: string; names?: Record<string, string>; values: Record<string, unknown>; returnOld?: boolean }): Promise<ChatItem | undefined> {
  const expressions = input.UpdateExpression + input.ConditionExpression;
  // DynamoDB refuses names the expressions do not use.
  const names = Object.fromEntries(Object.entries({ '#status': 'status', '#transfer': 'transfer', ...input.names }).filter(([k]) => expressions.includes(k)));
  try {
    const { Attributes } = await db.send(new UpdateCommand({
      TableName,
      Key: keys.chat(chatId),
      UpdateExpression: input.UpdateExpression,
      ConditionExpression: input.ConditionExpression,
      ExpressionAttributeNames: names,
      ExpressionAttributeValues: input.values,
      ReturnValues: input.returnOld ? 'ALL_OLD' : 'ALL_NEW',
    }));
    return Attributes as ChatItem;
  } catch (error) {
    if (isConditionFailed(error)) return undefined;
    throw error;
  }
}

/** Records a transfer offer, if the sender owns the active chat and none is pending. */
/**
 * Offers the chat; `receiverConns`, the receiver's connections not following it yet, follow it while
 * the offer waits (noted in `offerConns`, so the offer's end takes away only those).
 */
export async function offerTransfer(chatId: string, transfer: PendingTransfer, receiverConns: string[] = []): Promise<ChatItem | undefined> {
  const follow = receiverConns.length > 0;
  const chat = await update(chatId, {
    UpdateExpression: `SET #transfer = :t${follow ? ' ADD conns :c, offerConns :c' : ''}`,
    ConditionExpression: 'agentId = :from AND #status = :active AND attribute_not_exists(#transfer)',
    values: { ':t': transfer, ':from': transfer.from.id, ':active': 'active', ...(follow && { ':c': new Set(receiverConns) }) },
  });
  if (chat) await db.send(new PutCommand({ TableName, Item: { ...keys.pendingTransfer(chatId), chatId, requestedAt: transfer.requestedAt, toAgentId: transfer.to.id } }));
  return chat;
}

/** Makes `agent` the owner; with `onlyIfOfferedTo`, only while a transfer to them is pending (the accept). */
export async function assignChat(chatId: string, agent: { id: string; name: string }, connections: string[], now: number, transferred: ChatEventRecord, onlyIfOfferedTo?: string): Promise<ChatItem | undefined> {
  const event = recordEvent(transferred);
  const chat = await update(chatId, {
    // The previous owner is copied from the item as it was (operands read the old values); the new
    // owner's messages draw on a bucket of their own, not on what the previous one left.
    UpdateExpression: `SET previousAgentId = agentId, previousAgentName = agentName, agentId = :id, agentName = :name, agentPk = :pk, activityAt = :activity, lastSeq = lastSeq + :one, ${event.clause} REMOVE #transfer, offerConns, agentTat ADD conns :c`,
    ConditionExpression: onlyIfOfferedTo
      ? '#status = :active AND #transfer.#to.#id = :id'
      : '#status = :active AND agentId <> :id',
    names: onlyIfOfferedTo ? { '#to': 'to', '#id': 'id' } : {},
    values: { ':id': agent.id, ':name': agent.name, ':pk': indexValues.agent(agent.id), ':activity': activityHour(now), ':one': 1, ':c': new Set(connections), ':active': 'active', ...event.values },
  });
  if (chat) await clearPendingTransfer(chatId);
  return chat;
}

/** Who withdraws a transfer: one of its agents, or the clock or the chat's end (for the offer made at `requestedAt`). */
export type TransferEnd = { by: 'receiver' | 'sender'; agentId: string } | { by: 'timeout' | 'chat-end'; requestedAt: number };

/** Withdraws a pending transfer (rejected, cancelled, timed out, or its chat ended); returns the chat as it was, transfer included. */
export async function endTransfer(chatId: string, end: TransferEnd): Promise<ChatItem | undefined> {
  const byAgent = 'agentId' in end;
  const condition = byAgent ? `#transfer.#side.#id = :v` : '#transfer.requestedAt = :v';
  const chat = await update(chatId, {
    UpdateExpression: 'REMOVE #transfer, offerConns',
    ConditionExpression: `attribute_exists(#transfer) AND ${condition}`,
    names: byAgent ? { '#side': end.by === 'receiver' ? 'to' : 'from', '#id': 'id' } : {},
    values: { ':v': byAgent ? end.agentId : end.requestedAt },
    returnOld: true,
  });
  if (chat) await clearPendingTransfer(chatId);
  return chat;
}

/** A reconnected receiver's connection follows the chat while the offer to them waits; undefined when it no longer does. */
export async function followOffer(chatId: string, receiverId: string, connectionId: string): Promise<ChatItem | undefined> {
  return update(chatId, {
    UpdateExpression: 'ADD conns :c, offerConns :c',
    ConditionExpression: '#status = :active AND #transfer.#to.#id = :to',
    names: { '#to': 'to', '#id': 'id' },
    values: { ':c': new Set([connectionId]), ':active': 'active', ':to': receiverId },
  });
}

export async function pendingTransfers(): Promise<{ chatId: string; requestedAt: number }[]> {
  return partitionItems(keys.pendingTransfer('').pk, { projection: 'chatId, requestedAt' });
}

/** The chats whose pending transfer waits for this agent, by its own marker (the chat item decides). */
export async function transfersOfferedTo(agentId: string): Promise<string[]> {
  const offers = await partitionItems<{ chatId: string }>(keys.pendingTransfer('').pk, { filter: { expression: 'toAgentId = :to', values: { ':to': agentId } }, projection: 'chatId' });
  return offers.map((offer) => offer.chatId);
}

async function clearPendingTransfer(chatId: string): Promise<void> {
  await db.send(new DeleteCommand({ TableName, Key: keys.pendingTransfer(chatId) }));
}
