/**
 * Whether an agent's token still stands: the agent exists, is active, and has not had its sessions
 * ended since the token was issued. One read by key, wherever a token is accepted.
 */
import { getAgentRecord, type AgentRecord } from '../store';
import type { TokenClaims } from './tokens';

export const isActive = (agent: Pick<AgentRecord, 'active'>) => agent.active !== false;

export function tokenStands(agent: AgentRecord | undefined, claims: TokenClaims): agent is AgentRecord {
  return !!agent && isActive(agent) && (agent.tokenVersion ?? 0) === (claims.version ?? 0);
}

/** The agent behind the claims if their session still stands; customers' claims pass unchanged. */
export async function standingAgent(claims: TokenClaims): Promise<AgentRecord | undefined> {
  const agent = await getAgentRecord(claims.subject);
  return tokenStands(agent, claims) ? agent : undefined;
}
