/** Agent profiles and their login records. */
import { GetCommand, PutCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { db, isConditionFailed, TableName } from '../adapters/dynamo';
import type { AgentProfile, PresenceStatus } from '../protocol';
import type { Lang } from '../protocol/browser/language';
import { keys } from './keys';

export interface LoginItem { email: string; agentId: string; passwordHash: string }

export async function getAgent(agentId: string): Promise<AgentProfile | undefined> {
  const { Item } = await db.send(new GetCommand({ TableName, Key: keys.agent(agentId) }));
  if (!Item) return undefined;
  const { id, name, email, role, status, language } = Item as AgentProfile;
  return { id, name, email, role, status, ...(language && { language }) };
}

export async function getLogin(email: string): Promise<LoginItem | undefined> {
  const { Item } = await db.send(new GetCommand({ TableName, Key: keys.login(email) }));
  return Item as LoginItem | undefined;
}

/** Creates the login and profile unless the email is taken; returns false when it was. */
export async function createAgent(profile: AgentProfile, passwordHash: string): Promise<boolean> {
  try {
    const login: LoginItem = { email: profile.email, agentId: profile.id, passwordHash };
    await db.send(new PutCommand({ TableName, Item: { ...keys.login(profile.email), ...login }, ConditionExpression: 'attribute_not_exists(pk)' }));
  } catch (error) {
    if (isConditionFailed(error)) return false;
    throw error;
  }
  await db.send(new PutCommand({ TableName, Item: { ...keys.agent(profile.id), ...profile } }));
  return true;
}

/** Sets one attribute of an existing profile; a missing profile fails the condition. */
async function setProfileAttribute(agentId: string, name: 'status' | 'language', value: string): Promise<void> {
  await db.send(new UpdateCommand({
    TableName,
    Key: keys.agent(agentId),
    UpdateExpression: 'SET #name = :value',
    ConditionExpression: 'attribute_exists(pk)',
    ExpressionAttributeNames: { '#name': name },
    ExpressionAttributeValues: { ':value': value },
  }));
}

/** Remembers the agent's console language; false when there is no such agent. */
export async function setAgentLanguage(agentId: string, language: Lang): Promise<boolean> {
  try {
    await setProfileAttribute(agentId, 'language', language);
    return true;
  } catch (error) {
    if (isConditionFailed(error)) return false;
    throw error;
  }
}

export const setAgentStatus = (agentId: string, status: PresenceStatus): Promise<void> => setProfileAttribute(agentId, 'status', status);
