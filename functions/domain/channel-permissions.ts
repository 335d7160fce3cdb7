/** What an agent may do on a channel, from the channel's settings: pure. */
import type { ChannelAgent, ChannelSettings } from '../protocol/channels';

/** An agent's permissions on a channel. With no agents listed, every agent serves it, alerted but not listening in. */
export function permissionsOf(settings: ChannelSettings, agentId: string): Omit<ChannelAgent, 'agentId'> | undefined {
  if (settings.agents.length === 0) return { canRespond: true, notifications: true, canListenIn: false, manager: false };
  const entry = settings.agents.find((a) => a.agentId === agentId);
  if (!entry) return undefined;
  const { agentId: _id, ...permissions } = entry;
  return permissions;
}
