/**
 * The queue as one agent answers it. Every console hears the whole queue (one frame for all); the
 * channels' permissions (channel-names.ts, read for this agent) say which waiting chats are theirs
 * to answer, as Get next in queue does on the server, and which warn them, after whose time. Until
 * the channels are read, every chat counts, warned after the queue's default time.
 */
import type { ChannelName } from '../../functions/protocol/channels';
import { DEFAULT_CHANNEL } from '../../functions/protocol/channel-defaults';
import type { QueueEntry } from '../../functions/protocol/server-frames';
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
 * After how many seconds a waiting chat warns this agent; undefined when its channel does not notify
 * them, or does but does not let them respond (its Answer would be refused), as on the server.
 */
export function warningAfter(channels: ChannelName[], defaultSeconds: number): (entry: QueueEntry) => number | undefined {
  if (channels.length === 0) return () => defaultSeconds;
  return (entry) => {
    const channel = channelOf(channels, entry.channel);
    return channel?.canRespond && channel.notifications ? channel.unansweredWarningSeconds : undefined;
  };
}
