/** Message items: one per message, under its chat's partition, ordered by sequence number. */
import { GetCommand, PutCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { db, TableName } from '../adapters/dynamo';
import type { MessageView } from '../protocol';
import { keys, messageSk } from './keys';
import { MAX_SEQ } from './chats';
import { batchGetItems } from './batch-get';

/** Stores a message at its allocated seq. Writing the same message again is harmless (same key, same content). */
export async function putMessage(message: MessageView): Promise<void> {
  await db.send(new PutCommand({ TableName, Item: { ...keys.message(message.chatId, message.seq), ...message } }));
}

/**
 * Messages with seq greater than `afterSeq`, in order; at most `limit` of them when given. Read
 * consistently unless `consistent` is false (half the read units): a message stored moments ago may
 * then be missing, never altered, since a stored message is never rewritten.
 */
export async function messagesAfter(chatId: string, afterSeq: number, limit?: number, { consistent = true } = {}): Promise<MessageView[]> {
  const out: MessageView[] = [];
  let ExclusiveStartKey: Record<string, unknown> | undefined;
  do {
    const page = await db.send(new QueryCommand({
      TableName,
      KeyConditionExpression: 'pk = :pk AND sk BETWEEN :from AND :to',
      ExpressionAttributeValues: { ':pk': keys.chat(chatId).pk, ':from': messageSk(afterSeq + 1), ':to': messageSk(MAX_SEQ + 10) },
      ConsistentRead: consistent,
      Limit: limit,
      ExclusiveStartKey,
    }));
    for (const { pk: _pk, sk: _sk, ...message } of page.Items ?? []) out.push(message as MessageView);
    ExclusiveStartKey = limit !== undefined && out.length >= limit ? undefined : page.LastEvaluatedKey;
  } while (ExclusiveStartKey);
  return out;
}

/** One message by its seq, or undefined. */
export async function getMessage(chatId: string, seq: number): Promise<MessageView | undefined> {
  const { Item } = await db.send(new GetCommand({ TableName, Key: keys.message(chatId, seq), ConsistentRead: true }));
  if (!Item) return undefined;
  const { pk: _pk, sk: _sk, ...message } = Item;
  return message as MessageView;
}

/**
 * When each of a few messages was written, by seq, read eventually consistent: a
 * message stored a moment ago may be missing. Each message read costs what reading it whole costs.
 */
export async function messageTimes(chatId: string, seqs: number[]): Promise<Map<number, number>> {
  const items = await batchGetItems(seqs.map((seq) => keys.message(chatId, seq)), { consistent: false, attributes: ['seq', 'at'] });
  return new Map(items.map((item) => [item.seq as number, item.at as number]));
}
