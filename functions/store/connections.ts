/** Connection items: who is behind a WebSocket connection id, and which chats it follows. */
import { DeleteCommand, GetCommand, PutCommand, QueryCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { db, TableName } from '../adapters/dynamo';
import type { Role } from '../protocol';
import { AGENT_CONNECTIONS, keys } from './keys';

export interface ConnectionItem {
  connectionId: string;
  role: Role;
  /** Agent id or visitor id. */
  subject: string;
  name: string;
  connectedAt: number;
  /** Epoch seconds. API Gateway closes every connection after 2 hours; a missed $disconnect leaves this behind. */
  expiresAt: number;
  chats?: Set<string>;
}

export interface AgentConnectionItem {
  connectionId: string;
  agentId: string;
  expiresAt: number;
}

export async function putConnection(item: ConnectionItem): Promise<void> {
  await db.send(new PutCommand({ TableName, Item: { ...keys.connection(item.connectionId), ...item } }));
  if (item.role === 'agent') {
    const index: AgentConnectionItem = { connectionId: item.connectionId, agentId: item.subject, expiresAt: item.expiresAt };
    await db.send(new PutCommand({ TableName, Item: { ...keys.agentConnection(item.connectionId), ...index } }));
  }
}

/** The live connection, or undefined if unknown or past its expiry (TTL deletion lags, so reads filter). */
export async function getConnection(connectionId: string, nowSeconds: number): Promise<ConnectionItem | undefined> {
  const { Item } = await db.send(new GetCommand({ TableName, Key: keys.connection(connectionId) }));
  const item = Item as ConnectionItem | undefined;
  return item && item.expiresAt > nowSeconds ? item : undefined;
}

export async function addFollowedChat(connectionId: string, chatId: string): Promise<void> {
  await db.send(new UpdateCommand({
    TableName,
    Key: keys.connection(connectionId),
    UpdateExpression: 'ADD chats :c',
    ConditionExpression: 'attribute_exists(pk)',
    ExpressionAttributeValues: { ':c': new Set([chatId]) },
  })).catch((error) => {
    // The connection closed meanwhile: nothing to record.
    if ((error as { name?: string }).name !== 'ConditionalCheckFailedException') throw error;
  });
}

/** Deletes the connection and returns what it was, if anything. */
export async function deleteConnection(connectionId: string): Promise<ConnectionItem | undefined> {
  const { Attributes } = await db.send(new DeleteCommand({ TableName, Key: keys.connection(connectionId), ReturnValues: 'ALL_OLD' }));
  const item = Attributes as ConnectionItem | undefined;
  if (item?.role === 'agent') await db.send(new DeleteCommand({ TableName, Key: keys.agentConnection(connectionId) }));
  return item;
}

/** Every agent connection not yet expired. */
export async function liveAgentConnections(nowSeconds: number): Promise<AgentConnectionItem[]> {
  const out: AgentConnectionItem[] = [];
  let ExclusiveStartKey: Record<string, unknown> | undefined;
  do {
    const page = await db.send(new QueryCommand({
      TableName,
      KeyConditionExpression: 'pk = :pk',
      FilterExpression: 'expiresAt > :now',
      ExpressionAttributeValues: { ':pk': AGENT_CONNECTIONS, ':now': nowSeconds },
      ExclusiveStartKey,
    }));
    out.push(...((page.Items ?? []) as AgentConnectionItem[]));
    ExclusiveStartKey = page.LastEvaluatedKey;
  } while (ExclusiveStartKey);
  return out;
}

/** Agent connections past their expiry, for the sweeper. */
export async function expiredAgentConnections(nowSeconds: number): Promise<AgentConnectionItem[]> {
  const { Items = [] } = await db.send(new QueryCommand({
    TableName,
    KeyConditionExpression: 'pk = :pk',
    FilterExpression: 'expiresAt <= :now',
    ExpressionAttributeValues: { ':pk': AGENT_CONNECTIONS, ':now': nowSeconds },
  }));
  return Items as AgentConnectionItem[];
}
