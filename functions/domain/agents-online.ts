/**
 * Which agent connections count: `$disconnect` is best-effort, so an agent counts only while its
 * connection is unexpired and has sent a heartbeat recently.
 */
import { HEARTBEAT_SECONDS } from '../protocol';
import { agentConnections, type AgentConnectionItem } from '../store';

/** Three missed heartbeats: long enough for a background tab whose timers the browser slows to once a minute. */
export const STALE_AFTER_MS = 3 * HEARTBEAT_SECONDS * 1000;

export function isLive(connection: AgentConnectionItem, now: number): boolean {
  return connection.expiresAt * 1000 > now && (connection.lastSeenAt ?? 0) > now - STALE_AFTER_MS;
}

export interface OnlineAgents {
  live: AgentConnectionItem[];
  stale: AgentConnectionItem[];
  /** Agents Present with at least one live connection. */
  presentAgentIds: Set<string>;
}

export async function onlineAgents(now: number): Promise<OnlineAgents> {
  const all = await agentConnections();
  const live = all.filter((c) => isLive(c, now));
  const stale = all.filter((c) => !isLive(c, now));
  return { live, stale, presentAgentIds: new Set(live.filter((c) => c.status === 'present').map((c) => c.agentId)) };
}

/** The agents with at least one live console, Present or Away. */
export function liveAgentIds(online: OnlineAgents): Set<string> {
  return new Set(online.live.map((c) => c.agentId));
}

export function connectionsOf(online: OnlineAgents, agentId: string): string[] {
  return online.live.filter((c) => c.agentId === agentId).map((c) => c.connectionId);
}

export const isManager = (c: AgentConnectionItem) => c.agentRole === 'manager' || c.agentRole === 'admin';
