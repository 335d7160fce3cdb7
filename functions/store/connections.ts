/** Connection items: who is behind a WebSocket connection id. */
import { DeleteCommand, GetCommand, PutCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { db, isConditionFailed, TableName } from '../adapters/dynamo';
import type { AgentRole, PresenceStatus, Role } from '../protocol';
import { AGENT_CONNECTIONS, keys } from './keys';
import { partitionItems } from './partition';

export interface ConnectionItem {
  connectionId: string;
  role: Role;
  /** Agent id or visitor id. */
  subject: string;
  name: string;
  connectedAt: number;
  /** Epoch seconds. API Gateway closes every connection after 2 hours; a missed $disconnect leaves this behind. */
  expiresAt: number;
  /** A customer's page origin as sent at `$connect`, checked again against the channel of each chat it starts. */
  origin?: string;
  /** The frame rate bucket (see rate-limits.ts); set at connect so the first frame takes one write. */
  tat?: number;
  /** A customer's chat, as the connection last started, reopened or followed it (domain/customer-left.ts). */
  chatId?: string;
}

/** One per agent connection, all in one partition: who is online, Present or Away, and last heard from. */
export interface AgentConnectionItem {
  connectionId: string;
  agentId: string;
  name: string;
  agentRole: AgentRole;
  status: PresenceStatus;
  /** Epoch milliseconds of the last heartbeat (or the connect). */
  lastSeenAt: number;
  expiresAt: number;
  /** The console shows the Dashboard's live figures: it gets `stats.live` pushes. */
  watchesStats?: boolean;
  /** The `seq` of the last watch frame applied (see WatchFrame). */
  watchSeq?: number;
}

export async function putConnection(item: ConnectionItem, agent?: { agentRole: AgentRole; status: PresenceStatus }): Promise<void> {
  await db.send(new PutCommand({ TableName, Item: { ...keys.connection(item.connectionId), ...item } }));
  if (item.role === 'agent' && agent) {
    const index: AgentConnectionItem = {
      connectionId: item.connectionId, agentId: item.subject, name: item.name, ...agent, lastSeenAt: item.connectedAt, expiresAt: item.expiresAt,
    };
    await db.send(new PutCommand({ TableName, Item: { ...keys.agentConnection(item.connectionId), ...index } }));
  }
}

/** The live connection, or undefined if unknown or past its expiry (TTL deletion lags, so reads filter). */
export async function getConnection(connectionId: string, nowSeconds: number): Promise<ConnectionItem | undefined> {
  const { Item } = await db.send(new GetCommand({ TableName, Key: keys.connection(connectionId) }));
  const item = Item as ConnectionItem | undefined;
  return item && item.expiresAt > nowSeconds ? item : undefined;
}

/**
 * Deletes the connection and returns what it was, if anything. With `connectedBefore` (epoch ms) a
 * connection admitted at or after that instant is left as it is, and `opening` returned.
 */
export async function deleteConnection(connectionId: string, connectedBefore?: number): Promise<ConnectionItem | 'opening' | undefined> {
  let Attributes: Record<string, unknown> | undefined;
  try {
    ({ Attributes } = await db.send(new DeleteCommand({
      TableName,
      Key: keys.connection(connectionId),
      ReturnValues: 'ALL_OLD',
      ...(connectedBefore !== undefined && {
        ConditionExpression: 'attribute_not_exists(pk) OR connectedAt < :before',
        ExpressionAttributeValues: { ':before': connectedBefore },
      }),
    })));
  } catch (error) {
    if (isConditionFailed(error)) return 'opening';
    throw error;
  }
  const item = Attributes as ConnectionItem | undefined;
  // Only an agent's connection has an entry among the agent connections; a customer's delete would write nothing but still be billed.
  // An item already gone says nothing of the role, so its entry is deleted too.
  if (item?.role !== 'customer') await db.send(new DeleteCommand({ TableName, Key: keys.agentConnection(connectionId) }));
  return item;
}

/** Every agent connection item, stale ones included; the domain decides which count. */
export async function agentConnections(): Promise<AgentConnectionItem[]> {
  return partitionItems<AgentConnectionItem>(AGENT_CONNECTIONS);
}

/** Records a heartbeat; false when the connection is no longer known. */
export async function touchAgentConnection(connectionId: string, now: number): Promise<boolean> {
  try {
    await db.send(new UpdateCommand({
      TableName,
      Key: keys.agentConnection(connectionId),
      UpdateExpression: 'SET lastSeenAt = :now',
      ConditionExpression: 'attribute_exists(pk)',
      ExpressionAttributeValues: { ':now': now },
    }));
    return true;
  } catch (error) {
    if (isConditionFailed(error)) return false;
    throw error;
  }
}

export async function setAgentConnectionStatus(connectionIds: string[], status: PresenceStatus): Promise<void> {
  await Promise.all(connectionIds.map(async (connectionId) => {
    try {
      await db.send(new UpdateCommand({
        TableName,
        Key: keys.agentConnection(connectionId),
        UpdateExpression: 'SET #status = :s',
        ConditionExpression: 'attribute_exists(pk)',
        ExpressionAttributeNames: { '#status': 'status' },
        ExpressionAttributeValues: { ':s': status },
      }));
    } catch (error) {
      if (!isConditionFailed(error)) throw error;
    }
  }));
}

/**
 * Records whether the agent connection watches the live figures, unless a watch frame with a
 * higher `seq` was applied already. True when this one is in force (also when it was applied before,
 * as on a retry); false when a newer one won or the connection is gone.
 */
export async function setAgentConnectionWatch(connectionId: string, stats: boolean, seq: number): Promise<boolean> {
  try {
    await db.send(new UpdateCommand({
      TableName,
      Key: keys.agentConnection(connectionId),
      UpdateExpression: 'SET watchesStats = :stats, watchSeq = :seq',
      // `<=` rather than `<`: the same frame handled again is in force, and rewriting it changes nothing.
      ConditionExpression: 'attribute_exists(pk) AND (attribute_not_exists(watchSeq) OR watchSeq <= :seq)',
      ExpressionAttributeValues: { ':stats': stats, ':seq': seq },
    }));
    return true;
  } catch (error) {
    if (isConditionFailed(error)) return false;
    throw error;
  }
}
