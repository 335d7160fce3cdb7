/**
 * The queue's figures per channel: how many wait (and how many of them left the page), since when
 * the longest who is still there has, and how many Present agents may respond there. Pure, so the
 * counting is testable without a table.
 */
import type { ChannelQueueFigures } from '../protocol';
import type { ChannelSettings } from '../protocol/channels';
import { permissionsOf } from './channel-permissions';

/** `away`: the sweep found the customer gone from the page (customer-away.ts). */
export interface WaitingChat { channel: string; queuedAt: number; away?: boolean }

/**
 * `channels` are every channel's settings, the default one first; a chat on a channel without
 * settings is answered by the default channel's agents, so it counts theirs. Channels with nobody
 * waiting and nobody available are left out, to keep the frame small.
 */
export function queueFiguresByChannel(waiting: WaitingChat[], channels: ChannelSettings[], presentAgentIds: Iterable<string>): Record<string, ChannelQueueFigures> {
  const present = [...presentAgentIds];
  const settingsById = new Map(channels.map((c) => [c.id, c]));
  const available = (settings: ChannelSettings) => present.filter((id) => permissionsOf(settings, id)?.canRespond).length;
  const figures: Record<string, ChannelQueueFigures> = {};
  for (const settings of channels) {
    const presentAgents = available(settings);
    if (presentAgents > 0) figures[settings.id] = { waiting: 0, presentAgents };
  }
  for (const chat of waiting) {
    const settings = settingsById.get(chat.channel) ?? channels[0];
    const entry = (figures[chat.channel] ??= { waiting: 0, presentAgents: settings ? available(settings) : 0 });
    entry.waiting += 1;
    if (chat.away) entry.away = (entry.away ?? 0) + 1;
    else if (entry.oldestQueuedAt === undefined || chat.queuedAt < entry.oldestQueuedAt) entry.oldestQueuedAt = chat.queuedAt;
  }
  return figures;
}

/** Present agents who may answer on at least one channel: "agents available" over all channels. */
export function respondersAnywhere(channels: ChannelSettings[], presentAgentIds: Iterable<string>): number {
  return [...presentAgentIds].filter((id) => channels.some((settings) => permissionsOf(settings, id)?.canRespond)).length;
}
