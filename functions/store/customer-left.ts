/**
 * Whether an answered chat's customer is still on the page (domain/customer-left.ts): the chat's mark,
 * a copy of it in one small partition the sweep reads whole, and the chat a customer's connection is on.
 */
import { DeleteCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { db, TableName } from '../adapters/dynamo';
import type { ChatItem } from './chats';
import { updateChatIf, updateIf } from './conditional-update';
import { keys } from './keys';
import { partitionItems } from './partition';

/**
 * Marks the answered chat's customer as gone and drops their closed connection from it, only if the
 * chat's connections are as many as when they were found without a live customer one (`connsSeen`):
 * a connection added since (a reload's sync) may be the customer's own, so nothing is marked then.
 */
export async function markCustomerLeft(chat: ChatItem, goneConnectionId: string, connsSeen: number, now: number): Promise<ChatItem | undefined> {
  const marked = await updateChatIf({
    Key: keys.chat(chat.chatId),
    UpdateExpression: 'SET customerLeftAt = :now DELETE conns :gone',
    ConditionExpression: `#status = :active AND visitorId = :visitor AND ${connsSeen ? 'size(conns) = :seen' : 'attribute_not_exists(conns)'}`,
    ExpressionAttributeNames: { '#status': 'status' },
    ExpressionAttributeValues: {
      ':now': now, ':gone': new Set([goneConnectionId]), ':active': 'active', ':visitor': chat.visitorId, ...(connsSeen && { ':seen': connsSeen }),
    },
    ReturnValues: 'ALL_NEW',
  });
  if (marked) await db.send(new PutCommand({ TableName, Item: { ...keys.customerLeft(chat.chatId), chatId: chat.chatId, leftAt: now } }));
  return marked;
}

/** Marks a chat just answered whose customer had already left while it waited (since `leftAt`). */
export async function markAnsweredChatLeft(chat: ChatItem, leftAt: number): Promise<ChatItem | undefined> {
  const marked = await updateChatIf({
    Key: keys.chat(chat.chatId),
    UpdateExpression: 'SET customerLeftAt = :at',
    ConditionExpression: '#status = :active AND visitorId = :visitor AND attribute_not_exists(customerLeftAt)',
    ExpressionAttributeNames: { '#status': 'status' },
    ExpressionAttributeValues: { ':at': leftAt, ':active': 'active', ':visitor': chat.visitorId },
    ReturnValues: 'ALL_NEW',
  });
  if (marked) await db.send(new PutCommand({ TableName, Item: { ...keys.customerLeft(chat.chatId), chatId: chat.chatId, leftAt } }));
  return marked;
}

/** The customer is back on the page: forgets the mark; undefined when there was none. */
export async function clearCustomerLeft(chatId: string): Promise<ChatItem | undefined> {
  const back = await updateChatIf({
    Key: keys.chat(chatId),
    UpdateExpression: 'REMOVE customerLeftAt',
    ConditionExpression: 'attribute_exists(customerLeftAt)',
    ReturnValues: 'ALL_NEW',
  });
  if (back) await forgetCustomerLeft(chatId);
  return back;
}

/** The chats marked as left, with when: the chat's own mark decides, as a copy can be stale. */
export async function customersLeft(): Promise<{ chatId: string; leftAt: number }[]> {
  return partitionItems<{ chatId: string; leftAt: number }>(keys.customerLeft('').pk, { projection: 'chatId, leftAt' });
}

export async function forgetCustomerLeft(chatId: string): Promise<void> {
  await db.send(new DeleteCommand({ TableName, Key: keys.customerLeft(chatId) }));
}

/** Keeps on a customer's connection the chat it follows, for its `$disconnect` to find. */
export async function keepConnectionChat(connectionId: string, chatId: string): Promise<void> {
  await updateIf({ Key: keys.connection(connectionId), UpdateExpression: 'SET chatId = :chat', ConditionExpression: 'attribute_exists(pk)', ExpressionAttributeValues: { ':chat': chatId } });
}
