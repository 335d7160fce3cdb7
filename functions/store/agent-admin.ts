/** What the admin area reads and writes: the agent directory and whole agent records. */
import { GetCommand, PutCommand, QueryCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { db, isConditionFailed, TableName } from '../adapters/dynamo';
import type { AgentProfile, AgentRole } from '../protocol';
import { AGENT_DIRECTORY, keys } from './keys';
import { batchGetItems } from './batch-get';

/** The profile with what only the server sees. `active` is absent on agents created before deactivation existed. */
export interface AgentRecord extends AgentProfile {
  active?: boolean;
  /** Raised whenever the agent's sessions must end; tokens carry the version they were issued under. */
  tokenVersion?: number;
  createdAt?: number;
  /** True while the agent has only a set-password link and no password yet. */
  invitePending?: boolean;
}

export async function getAgentRecord(agentId: string): Promise<AgentRecord | undefined> {
  const { Item } = await db.send(new GetCommand({ TableName, Key: keys.agent(agentId) }));
  if (!Item) return undefined;
  return record(Item as AgentRecord);
}

/** Creates login, profile and directory entry unless the email is taken; returns false when it was. */
export async function createAgentRecord(agent: AgentRecord, secret: { passwordHash: string } | { inviteHash: string }): Promise<boolean> {
  try {
    await db.send(new PutCommand({
      TableName, Item: { ...keys.login(agent.email), email: agent.email, agentId: agent.id, ...secret }, ConditionExpression: 'attribute_not_exists(pk)',
    }));
  } catch (error) {
    if (isConditionFailed(error)) return false;
    throw error;
  }
  await db.send(new PutCommand({ TableName, Item: { ...keys.agent(agent.id), ...agent } }));
  await addToDirectory(agent.id);
  return true;
}

export async function addToDirectory(agentId: string): Promise<void> {
  await db.send(new PutCommand({ TableName, Item: { ...keys.agentDirectory(agentId), agentId } }));
}

/** Every agent in the directory, in no particular order; `consistent` reads what every finished write left. */
export async function listAgentRecords({ consistent = false } = {}): Promise<AgentRecord[]> {
  const ids: string[] = [];
  let ExclusiveStartKey: Record<string, unknown> | undefined;
  do {
    const page = await db.send(new QueryCommand({
      TableName, KeyConditionExpression: 'pk = :pk', ExpressionAttributeValues: { ':pk': AGENT_DIRECTORY }, ExclusiveStartKey, ConsistentRead: consistent,
    }));
    ids.push(...(page.Items ?? []).map((item) => item.agentId as string));
    ExclusiveStartKey = page.LastEvaluatedKey;
  } while (ExclusiveStartKey);
  const records = (await batchGetItems(ids.map((id) => keys.agent(id)), { consistent })) as unknown as AgentRecord[];
  return records.map(record);
}

const record = ({ id, name, email, role, status, language, active, tokenVersion, createdAt, invitePending }: AgentRecord): AgentRecord =>
  ({ id, name, email, role, status, ...(language && { language }), active, tokenVersion, createdAt, invitePending });

export interface ProfileChange {
  set: Partial<Pick<AgentRecord, 'role' | 'active' | 'status' | 'invitePending'>>;
  /** End every session the agent has: tokens issued before no longer pass. */
  endSessions?: boolean;
  /** The change applies only if the profile still holds these values (someone else may have changed it). */
  expect: Partial<Pick<AgentRecord, 'role' | 'active'>>;
}

/** Applies the change; undefined when the agent is unknown or no longer as expected. */
export async function updateAgentRecord(agentId: string, change: ProfileChange): Promise<AgentRecord | undefined> {
  const names: Record<string, string> = {};
  const values: Record<string, unknown> = {};
  const sets = Object.entries(change.set).map(([field, value]) => {
    names[`#${field}`] = field;
    values[`:${field}`] = value;
    return `#${field} = :${field}`;
  });
  if (change.endSessions) {
    sets.push('tokenVersion = if_not_exists(tokenVersion, :zero) + :one');
    Object.assign(values, { ':zero': 0, ':one': 1 });
  }
  const conditions = ['attribute_exists(pk)'];
  if (change.expect.role) {
    names['#role'] = 'role';
    values[':expectRole'] = change.expect.role;
    conditions.push('#role = :expectRole');
  }
  // Agents from before deactivation existed carry no `active`: they count as active.
  if (change.expect.active === true) conditions.push('(attribute_not_exists(active) OR active = :isActive)');
  if (change.expect.active === false) conditions.push('active = :isActive');
  if (change.expect.active !== undefined) values[':isActive'] = change.expect.active;
  try {
    const { Attributes } = await db.send(new UpdateCommand({
      TableName,
      Key: keys.agent(agentId),
      UpdateExpression: `SET ${sets.join(', ')}`,
      ConditionExpression: conditions.join(' AND '),
      ExpressionAttributeNames: Object.keys(names).length ? names : undefined,
      ExpressionAttributeValues: values,
      ReturnValues: 'ALL_NEW',
    }));
    return record(Attributes as AgentRecord);
  } catch (error) {
    if (isConditionFailed(error)) return undefined;
    throw error;
  }
}

/** Keeps the role that travels with each live connection (routing and manager alerts read it) in step. */
export async function setConnectionsRole(connectionIds: string[], agentRole: AgentRole): Promise<void> {
  await Promise.all(connectionIds.map(async (connectionId) => {
    try {
      await db.send(new UpdateCommand({
        TableName, Key: keys.agentConnection(connectionId), UpdateExpression: 'SET agentRole = :r',
        ConditionExpression: 'attribute_exists(pk)', ExpressionAttributeValues: { ':r': agentRole },
      }));
    } catch (error) {
      if (!isConditionFailed(error)) throw error;
    }
  }));
}
