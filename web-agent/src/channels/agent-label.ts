/**
 * How the channel editor names an agent the channel lists. A channel may still list someone
 * deactivated since, or an id that was never an agent (saved before the server checked); each is
 * marked so the admin sees whom to remove, instead of a bare id.
 */
import type { ChannelStrings } from './strings-en';

/** An agent of the tenant as the admin area lists them, deactivated ones too. */
export interface RosterAgent { id: string; name: string; active: boolean }

export function agentLabel(agentId: string, roster: readonly RosterAgent[], words: ChannelStrings): string {
  const agent = roster.find((a) => a.id === agentId);
  if (!agent) return words.unknownAgent(`${agentId.slice(0, 8)}…`);
  return agent.active ? agent.name : words.deactivatedAgent(agent.name);
}
