/** Agents with no console left, and since when: one small partition the sweep reads whole. */
import { DeleteCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { db, TableName } from '../adapters/dynamo';
import { keys } from './keys';
import { partitionItems } from './partition';

export interface AgentGoneMark {
  agentId: string;
  /** The name their chats' customers know them by. */
  name: string;
  /** When their last console went (epoch ms); a later leave moves it on. */
  since: number;
  /** They logged out, rather than losing their connection. */
  loggedOut?: true;
}

export async function markAgentGone(mark: AgentGoneMark): Promise<void> {
  await db.send(new PutCommand({ TableName, Item: { ...keys.agentGone(mark.agentId), ...mark } }));
}

export async function agentsGone(): Promise<AgentGoneMark[]> {
  return partitionItems<AgentGoneMark>(keys.agentGone('').pk);
}

export async function forgetAgentGone(agentId: string): Promise<void> {
  await db.send(new DeleteCommand({ TableName, Key: keys.agentGone(agentId) }));
}
