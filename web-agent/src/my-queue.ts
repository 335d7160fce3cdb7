/**
 * The queue as one agent answers it. Every console hears the whole queue (one frame for all); the
 * channels' permissions (channel-names.ts, read for this agent) say which waiting chats are theirs
 * to answer, as Get next in queue does on the server, and which warn them, after whose time. Until
 * the channels are read, every chat counts, warned after the queue's default time (manager warnings
 * then come from the server alone).
 */
import type { ChannelName } from '../../functions/protocol/channels';
import { DEFAULT_CHANNEL } from '../../functions/protocol/channel-defaults';
import type { AgentRole } from '../../functions/protocol';
import type { QueueEntry } from '../../functions/protocol/server-frames';
import type { WarnAfter } from './alert-book';
import { isManager } from './transfer-state';
import type { QueueState } from './use-queue';

/** A channel's entry; a chat on a channel that is not (or no longer) there is the default channel's, as on the server. */
function channelOf(channels: ChannelName[], channelId: string): ChannelName | undefined {
  return channels.find((c) => c.id === channelId) ?? channels.find((c) => c.id === DEFAULT_CHANNEL);
}

/** Incoming chats and the waiting count (the Dashboard's badge, In queue) of the channels this agent may respond on. */
export function myQueue(queue: QueueState, channels: ChannelName[]): QueueState {
  if (channels.length === 0) return queue;
  const mine = (channelId: string) => !!channelOf(channels, channelId)?.canRespond;
  const waiting = Object.entries(queue.channels).reduce((sum, [channelId, figures]) => sum + (mine(channelId) ? figures.waiting : 0), 0);
  return { ...queue, waiting, entries: queue.entries.filter((entry) => mine(entry.channel)) };
}

/**
 * After how many seconds a waiting chat warns this agent, as on the server: the unanswered-chat
 * warning where its channel notifies them and lets them respond (else its Answer would be refused),
 * the manager warning where they manage its chats (by role, or by the channel's Manager permission).
 */
export function warningAfter(channels: ChannelName[], defaultSeconds: number, role: AgentRole): WarnAfter {
  if (channels.length === 0) return (_entry, level) => (level === 'unanswered' ? defaultSeconds : undefined);
  return (entry, level) => {
    const channel = channelOf(channels, entry.channel);
    if (!channel) return undefined;
    if (level === 'manager') return isManager(role) || channel.manager ? channel.managerWarningSeconds : undefined;
    return channel.canRespond && channel.notifications ? channel.unansweredWarningSeconds : undefined;
  };
}

/** Whether this agent may answer the chats of a channel (until the channels are read, as far as it knows, yes). */
export function mayAnswerOn(channels: ChannelName[], channelId: string): boolean {
  return channels.length === 0 || !!channelOf(channels, channelId)?.canRespond;
}
