/** Predefined replies (shared, or one agent's own) and each agent's favourite marks and recent uses. */
import { DeleteCommand, GetCommand, PutCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { db, isConditionFailed, TableName } from '../adapters/dynamo';
import type { ReplyView } from '../protocol';
import { keys } from './keys';
import { partitionItems } from './partition';

/** Whose reply: the shared set, or one agent's own. */
export type ReplyOwner = { shared: true } | { shared: false; agentId: string };

const replyKey = (owner: ReplyOwner, replyId: string) => (owner.shared ? keys.sharedReply(replyId) : keys.ownReply(owner.agentId, replyId));

const toView = (item: Record<string, any>): ReplyView => {
  const { replyId, kind, shared, folder, title, text, textNl, link, updatedAt } = item as ReplyView;
  return { replyId, kind, shared, folder, title, text, textNl, link, updatedAt };
};

/** Writes a new reply unless one with its id exists; returns the stored one either way, and whether it was new. */
export async function putNewReply(owner: ReplyOwner, reply: ReplyView): Promise<{ created: boolean; reply: ReplyView }> {
  try {
    await db.send(new PutCommand({ TableName, Item: { ...replyKey(owner, reply.replyId), ...reply }, ConditionExpression: 'attribute_not_exists(pk)' }));
    return { created: true, reply };
  } catch (error) {
    if (!isConditionFailed(error)) throw error;
    return { created: false, reply: (await getReply(owner, reply.replyId))! };
  }
}

export async function getReply(owner: ReplyOwner, replyId: string): Promise<ReplyView | undefined> {
  const { Item } = await db.send(new GetCommand({ TableName, Key: replyKey(owner, replyId) }));
  return Item ? toView(Item) : undefined;
}

export type ReplyChanges = Pick<ReplyView, 'folder' | 'title' | 'text' | 'textNl' | 'link' | 'updatedAt'>;

/** Rewrites a reply's editable fields if it still exists; undefined when it does not. */
export async function updateReply(owner: ReplyOwner, replyId: string, changes: ReplyChanges): Promise<ReplyView | undefined> {
  const set = Object.entries(changes).filter(([, value]) => value !== undefined);
  const remove = Object.entries(changes).filter(([, value]) => value === undefined).map(([name]) => name);
  try {
    const { Attributes } = await db.send(new UpdateCommand({
      TableName,
      Key: replyKey(owner, replyId),
      UpdateExpression: [`SET ${set.map(([name]) => `#${name} = :${name}`).join(', ')}`, remove.length ? `REMOVE ${remove.map((name) => `#${name}`).join(', ')}` : ''].join(' '),
      ConditionExpression: 'attribute_exists(pk)',
      ExpressionAttributeNames: Object.fromEntries(Object.keys(changes).map((name) => [`#${name}`, name])),
      ExpressionAttributeValues: Object.fromEntries(set.map(([name, value]) => [`:${name}`, value])),
      ReturnValues: 'ALL_NEW',
    }));
    return toView(Attributes!);
  } catch (error) {
    if (isConditionFailed(error)) return undefined;
    throw error;
  }
}

/** Deleting twice is harmless; returns whether there was anything to delete. */
export async function deleteReply(owner: ReplyOwner, replyId: string): Promise<boolean> {
  const { Attributes } = await db.send(new DeleteCommand({ TableName, Key: replyKey(owner, replyId), ReturnValues: 'ALL_OLD' }));
  return !!Attributes;
}

export async function listReplies(owner: ReplyOwner): Promise<ReplyView[]> {
  return (await partitionItems<Record<string, any>>(replyKey(owner, '').pk)).map(toView);
}

export interface ReplyMark { replyId: string; favourite?: boolean; usedAt?: number }

export async function listReplyMarks(agentId: string): Promise<ReplyMark[]> {
  return (await partitionItems<Record<string, any>>(keys.replyMark(agentId, '').pk)).map(({ sk, favourite, usedAt }) => ({ replyId: sk as string, favourite, usedAt }));
}

/** Setting the same mark twice leaves the same item. */
export async function setReplyFavourite(agentId: string, replyId: string, favourite: boolean): Promise<void> {
  await db.send(new UpdateCommand({
    TableName,
    Key: keys.replyMark(agentId, replyId),
    UpdateExpression: favourite ? 'SET favourite = :yes' : 'REMOVE favourite',
    ExpressionAttributeValues: favourite ? { ':yes': true } : undefined,
  }));
}

/** Keeps the latest use only: a retried call moves the time, it does not add a second entry. */
export async function setReplyUsed(agentId: string, replyId: string, at: number): Promise<void> {
  await db.send(new UpdateCommand({
    TableName,
    Key: keys.replyMark(agentId, replyId),
    UpdateExpression: 'SET usedAt = :at',
    ExpressionAttributeValues: { ':at': at },
  }));
}

/** When the demo replies were seeded, if ever: seeded once, so one an admin deleted stays deleted. */
export async function repliesDemoSeededAt(): Promise<number | undefined> {
  const { Item } = await db.send(new GetCommand({ TableName, Key: keys.repliesDemo(), ConsistentRead: true }));
  return Item?.at as number | undefined;
}

export async function markRepliesDemoSeeded(at: number): Promise<void> {
  await db.send(new PutCommand({ TableName, Item: { ...keys.repliesDemo(), at } }));
}
