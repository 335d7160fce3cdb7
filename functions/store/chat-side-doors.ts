/** A chat's side doors: a manager listening in, and the channel's bot before the chat reaches the queue. */
import type { ChatItem } from './chats';
import { updateChatIf } from './conditional-update';
import { indexValues, keys } from './keys';

/** Adds a listening connection to an ongoing chat's fan-out list (it can read, not post); undefined if the chat is not ongoing. */
export async function addChatListener(chatId: string, connectionId: string): Promise<ChatItem | undefined> {
  return updateChatIf({
    Key: keys.chat(chatId),
    UpdateExpression: 'ADD conns :c',
    ConditionExpression: 'attribute_exists(pk) AND #status = :active',
    ExpressionAttributeNames: { '#status': 'status' },
    ExpressionAttributeValues: { ':c': new Set([connectionId]), ':active': 'active' },
    ReturnValues: 'ALL_NEW',
  });
}

/** Allocates the next seq for the bot's reply, only while the bot still has the chat. */
export async function allocateBotSeq(chatId: string): Promise<ChatItem | undefined> {
  return updateChatIf({
    Key: keys.chat(chatId),
    UpdateExpression: 'SET lastSeq = lastSeq + :one',
    ConditionExpression: 'attribute_exists(pk) AND bot = :yes AND #status = :queued',
    ExpressionAttributeNames: { '#status': 'status' },
    ExpressionAttributeValues: { ':one': 1, ':yes': true, ':queued': 'queued' },
    ReturnValues: 'ALL_NEW',
  });
}

/** The bot hands the chat over: it enters the queue now. Undefined if it already did (a retried hand-off). */
export async function queueBotChat(chatId: string, now: number): Promise<ChatItem | undefined> {
  return updateChatIf({
    Key: keys.chat(chatId),
    UpdateExpression: 'SET queuePk = :q, queuedAt = :now REMOVE bot',
    ConditionExpression: 'attribute_exists(pk) AND bot = :yes AND #status = :queued',
    ExpressionAttributeNames: { '#status': 'status' },
    ExpressionAttributeValues: { ':q': indexValues.queue(), ':now': now, ':yes': true, ':queued': 'queued' },
    ReturnValues: 'ALL_NEW',
  });
}
