/**
 * Chat channels (by topic and language) and their settings. A tenant always has the default
 * channel: until an admin saves it, it has the defaults below, and every agent serves it.
 */
import type { ChannelName, ChannelSaveBody, ChannelSettings, StoredChannel, WidgetChannelView } from '../protocol/channels';
import { getStoredChannel, listStoredChannels, putChannelIfVersion } from '../store';
import { DEFAULT_CHANNEL, defaultChannelSettings } from '../protocol/channel-defaults';
import { FONT_STACKS } from '../protocol/channel-options';
import { isOpen } from './opening-hours';
import { record, type Actor } from './audit';
import { permissionsOf } from './channel-permissions';

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

/** Every channel's id and name, and what `agentId` may do there (see ChannelName). */
export async function channelsSeenBy(agentId: string): Promise<ChannelName[]> {
  return (await listChannels()).map(({ settings }) => {
    const permissions = permissionsOf(settings, agentId);
    return {
      id: settings.id,
      name: settings.name,
      canRespond: !!permissions?.canRespond,
      notifications: !!permissions?.notifications,
      unansweredWarningSeconds: settings.unansweredWarningSeconds,
    };
  });
}

/** `servingChanged`: who serves the channel (or with which permissions) changed, so its "agents available" did. */
export type SaveOutcome = { ok: true; channel: StoredChannel; servingChanged: boolean } | { ok: false; reason: 'conflict' | 'exists' };

/** Saves settings edited from `version`; refused if the channel changed since (or, for 0, exists). Recorded in the audit log. */
export async function saveChannel({ settings, version }: ChannelSaveBody, admin: Actor, now: number): Promise<SaveOutcome> {
  const before = await getChannel(settings.id);
  // The default channel exists before its first save; saving it from version 0 creates its item.
  const channel: StoredChannel = { settings, version: version + 1, updatedAt: now, updatedBy: admin.id };
  // A create (version 0) of an id already saved is a choice of id, not an edit someone else overtook.
  if (!(await putChannelIfVersion(channel, version))) return { ok: false, reason: version === 0 && (before?.version ?? 0) > 0 ? 'exists' : 'conflict' };
  const changes = changedSections(before?.version === version ? before.settings : undefined, settings);
  await record(admin, version === 0 ? 'channel.created' : 'channel.changed', { id: settings.id, name: settings.name, email: '' }, now, changes);
  return { ok: true, channel, servingChanged: 'agents' in changes.after };
}

const AUDITED_TEXT = 200;

/** The settings' top-level sections that differ, each as (shortened) JSON, for the audit log. */
function changedSections(before: ChannelSettings | undefined, after: ChannelSettings): { before?: Record<string, string>; after: Record<string, string> } {
  const text = (value: unknown) => (value === undefined ? '' : JSON.stringify(value).slice(0, AUDITED_TEXT));
  const keys = (Object.keys(after) as (keyof ChannelSettings)[]).filter((key) => text(before?.[key]) !== text(after[key]));
  return {
    ...(before && { before: Object.fromEntries(keys.map((key) => [key, text(before[key])])) }),
    after: Object.fromEntries(keys.map((key) => [key, text(after[key])])),
  };
}

// The rule is pure and has its own module, so figures can apply it without the store.
export { permissionsOf } from './channel-permissions';

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
    offlineForm: { text: settings.offlineForm.text, requiredFields: settings.offlineForm.requiredFields, createsRequest: settings.offlineForm.createsRequest },
    preChatForm: settings.preChatForm,
    postChatForm: settings.postChatForm,
  };
}

/** Every channel's settings by id, read with one query; a chat on a channel without settings follows the default channel's. */
export async function channelDirectory(): Promise<(channelId: string) => ChannelSettings> {
  return directoryOf((await listChannels()).map((c) => c.settings));
}

/** The directory of channels already read (as `listChannels` gives them, the default channel among them). */
export function directoryOf(channels: ChannelSettings[]): (channelId: string) => ChannelSettings {
  const byId = new Map(channels.map((settings) => [settings.id, settings]));
  const fallback = byId.get(DEFAULT_CHANNEL)!;
  return (channelId) => byId.get(channelId) ?? fallback;
}

export { DEFAULT_CHANNEL, defaultChannelSettings } from '../protocol/channel-defaults';
