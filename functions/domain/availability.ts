/** Whether a customer opening the widget can chat now, or sees the offline form. */
import { getChannel } from './channels';
import { permissionsOf } from './channel-permissions';
import { isOpen } from './opening-hours';
import { onlineAgents } from './agents-online';
import { RefusedError } from './errors';
import { brieflyGoneAgentIds } from './agent-gone';
import { getAgentRecord } from '../store';
import { isActive } from './agent-sessions';
import type { ChannelSettings } from '../protocol';

/** The channel is within its opening hours and someone Present may respond on it (the channel's agents, or all when it lists none). */
export async function channelAvailable(channelId: string, now: number): Promise<boolean> {
  const channel = await getChannel(channelId);
  if (!channel || !isOpen(channel.settings.hours, now)) return false;
  if (someoneToRespond(channel.settings, (await onlineAgents(now)).presentAgentIds)) return true;
  // A Present agent whose console dropped a moment ago (a network blip, a reload) is about to be back:
  // a customer arriving meanwhile queues for them rather than being sent to the offline form.
  const briefly = await brieflyGoneAgentIds(now);
  if (!briefly.length) return false;
  const present = (await Promise.all(briefly.map(async (agentId) => {
    const agent = await getAgentRecord(agentId);
    return agent && isActive(agent) && agent.status === 'present' ? [agentId] : [];
  }))).flat();
  return someoneToRespond(channel.settings, new Set(present));
}

/** Someone Present may respond on the channel. */
export const someoneToRespond = (settings: ChannelSettings, presentAgentIds: Set<string>): boolean =>
  [...presentAgentIds].some((agentId) => permissionsOf(settings, agentId)?.canRespond);

/**
 * A chat started outside the channel's opening hours is refused (a widget opened earlier still shows
 * the pre-chat form). One started just after the last agent went Away still queues: Away agents can
 * answer, alerts wait for someone Present, and a blip in presence (a console reconnecting) must not
 * throw away the form the customer filled in. The widget, refused, asks availability again and shows
 * the offline form, so the code is the existing `forbidden` rather than one of its own.
 */
export const closedNow = () => new RefusedError('forbidden', 'We are closed now; leave a message instead.');

/** "Back to chat" that would wait in the queue while nobody Present may answer it, as the widget would show a new customer the offline form. */
const nobodyToAnswer = () => new RefusedError('forbidden', 'Nobody can answer the chat right now; leave a message instead.');

/** A chat going back to the queue needs the channel open and someone Present who may answer there; refused otherwise, saying which. */
export async function requireSomeoneToAnswer(channelId: string, presentAgentIds: Set<string>, now: number): Promise<void> {
  const channel = await getChannel(channelId);
  if (!channel || !isOpen(channel.settings.hours, now)) throw closedNow();
  if (!someoneToRespond(channel.settings, presentAgentIds)) throw nobodyToAnswer();
}
