/** Whether a customer opening the widget can chat now, or sees the offline form. */
import { getChannel } from './channels';
import { permissionsOf } from './channel-permissions';
import { isOpen } from './opening-hours';
import { onlineAgents } from './agents-online';

/** The channel is within its opening hours and someone Present may respond on it (the channel's agents, or all when it lists none). */
export async function channelAvailable(channelId: string, now: number): Promise<boolean> {
  const channel = await getChannel(channelId);
  if (!channel || !isOpen(channel.settings.hours, now)) return false;
  const { presentAgentIds } = await onlineAgents(now);
  return [...presentAgentIds].some((agentId) => permissionsOf(channel.settings, agentId)?.canRespond);
}
