/**
 * Chat channels (by topic and language) and their settings. A tenant always has the default
 * channel: until an admin saves it, it has the defaults below, and every agent serves it.
 */
import type { ChannelAgent, ChannelSaveBody, ChannelSettings, StoredChannel, WidgetChannelView } from '../protocol/channels';
import { getStoredChannel, listStoredChannels, putChannelIfVersion } from '../store';
import { DEFAULT_CHANNEL, defaultChannelSettings } from '../protocol/channel-defaults';
import { FONT_STACKS } from '../protocol/channel-options';
import { isOpen } from './opening-hours';
import { isAnyonePresent } from './presence';

const unsaved = (settings: ChannelSettings): StoredChannel => ({ settings, version: 0, updatedAt: 0, updatedBy: '' });

export async function getChannel(channelId: string): Promise<StoredChannel | undefined> {
  const stored = await getStoredChannel(channelId);
  if (stored) return stored;
  return channelId === DEFAULT_CHANNEL ? unsaved(defaultChannelSettings()) : undefined;
}

/** Every channel, the default one first. */
export async function listChannels(): Promise<StoredChannel[]> {
  const stored = await listStoredChannels();
  const others = stored.filter((c) => c.settings.id !== DEFAULT_CHANNEL).sort((a, b) => a.settings.name.localeCompare(b.settings.name));
  return [stored.find((c) => c.settings.id === DEFAULT_CHANNEL) ?? unsaved(defaultChannelSettings()), ...others];
}

export type SaveOutcome = { ok: true; channel: StoredChannel } | { ok: false; reason: 'conflict' };

/** Saves settings edited from `version`; refused if the channel changed since (or, for 0, exists). */
export async function saveChannel({ settings, version }: ChannelSaveBody, adminId: string, now: number): Promise<SaveOutcome> {
  // The default channel exists before its first save; saving it from version 0 creates its item.
  const channel: StoredChannel = { settings, version: version + 1, updatedAt: now, updatedBy: adminId };
  return (await putChannelIfVersion(channel, version)) ? { ok: true, channel } : { ok: false, reason: 'conflict' };
}

/** An agent's permissions on a channel. With no agents listed, every agent serves it, alerted but not listening in. */
export function permissionsOf(settings: ChannelSettings, agentId: string): Omit<ChannelAgent, 'agentId'> | undefined {
  if (settings.agents.length === 0) return { canRespond: true, notifications: true, canListenIn: false, manager: false };
  const entry = settings.agents.find((a) => a.agentId === agentId);
  if (!entry) return undefined;
  const { agentId: _id, ...permissions } = entry;
  return permissions;
}

/** What the widget on a customer's page may know of its channel. */
export function widgetView(settings: ChannelSettings, now: number): WidgetChannelView {
  return {
    id: settings.id,
    name: settings.name,
    language: settings.language,
    launcherText: settings.launcherText,
    look: settings.look,
    fontFamily: FONT_STACKS[settings.look.font],
    openNow: isOpen(settings.hours, now),
    offlineForm: { text: settings.offlineForm.text, requiredFields: settings.offlineForm.requiredFields },
    preChatForm: settings.preChatForm,
    postChatForm: settings.postChatForm,
  };
}

/** A customer can chat now: the channel is within its opening hours and someone is Present. */
export async function channelAvailable(channelId: string, now: number): Promise<boolean> {
  const channel = await getChannel(channelId);
  if (!channel || !isOpen(channel.settings.hours, now)) return false;
  return isAnyonePresent(now);
}

export { DEFAULT_CHANNEL, defaultChannelSettings } from '../protocol/channel-defaults';
