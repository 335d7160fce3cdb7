/** The secrets on a login: its password hash, or the hash of a pending set-password link, and the links themselves. */
import { DeleteCommand, PutCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { db, isConditionFailed, TableName } from '../adapters/dynamo';
import { keys } from './keys';

export interface InviteItem { agentId: string; email: string; expiresAt: number }

/**
 * Sets the login's password hash, or removes it while a link is pending. Either way any earlier
 * link stops working: only the link whose hash the login holds can set a password.
 */
export async function setLoginSecret(email: string, secret: { passwordHash: string } | { inviteHash: string }): Promise<void> {
  const update = 'passwordHash' in secret
    ? { UpdateExpression: 'SET passwordHash = :v REMOVE inviteHash', ExpressionAttributeValues: { ':v': secret.passwordHash } }
    : { UpdateExpression: 'SET inviteHash = :v REMOVE passwordHash', ExpressionAttributeValues: { ':v': secret.inviteHash } };
  await db.send(new UpdateCommand({ TableName, Key: keys.login(email), ConditionExpression: 'attribute_exists(pk)', ...update }));
}

/** Voids a pending link (the agent was deactivated). */
export async function dropLoginInvite(email: string): Promise<void> {
  try {
    await db.send(new UpdateCommand({ TableName, Key: keys.login(email), UpdateExpression: 'REMOVE inviteHash', ConditionExpression: 'attribute_exists(pk)' }));
  } catch (error) {
    if (!isConditionFailed(error)) throw error;
  }
}

/** Sets the password through a link; false when the login no longer holds that link (a newer one replaced it). */
export async function redeemLoginInvite(email: string, inviteHash: string, passwordHash: string): Promise<boolean> {
  try {
    await db.send(new UpdateCommand({
      TableName,
      Key: keys.login(email),
      UpdateExpression: 'SET passwordHash = :p REMOVE inviteHash',
      ConditionExpression: 'inviteHash = :h',
      ExpressionAttributeValues: { ':p': passwordHash, ':h': inviteHash },
    }));
    return true;
  } catch (error) {
    if (isConditionFailed(error)) return false;
    throw error;
  }
}

export async function putInvite(secretHash: string, item: InviteItem): Promise<void> {
  await db.send(new PutCommand({ TableName, Item: { ...keys.invite(secretHash), ...item } }));
}

/** Deletes the link and returns it: it works once. Expiry is the caller's to check. */
export async function consumeInvite(secretHash: string): Promise<InviteItem | undefined> {
  try {
    const { Attributes } = await db.send(new DeleteCommand({
      TableName, Key: keys.invite(secretHash), ConditionExpression: 'attribute_exists(pk)', ReturnValues: 'ALL_OLD',
    }));
    return Attributes as InviteItem;
  } catch (error) {
    if (isConditionFailed(error)) return undefined;
    throw error;
  }
}
