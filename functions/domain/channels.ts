/**
 * Chat channels (by topic and language) and their settings. A tenant always has the default
 * channel: until an admin saves it, it has the defaults below, and every agent serves it.
 */
import type { ChannelName, ChannelSaveBody, ChannelSettings, StoredChannel, WidgetChannelView } from '../protocol/channels';
import { getStoredChannel, listAgentRecords, listStoredChannels, putChannelIfVersion } from '../store';
import { DEFAULT_CHANNEL, defaultChannelSettings } from '../protocol/channel-defaults';
import { FONT_STACKS } from '../protocol/channel-options';
import { isOpen } from './opening-hours';
import { record, type Actor } from './audit';
import { permissionsOf } from './channel-permissions';
import { isActive } from './agent-sessions';
import { tellEveryConsole } from './fanout';

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
      manager: !!permissions?.manager,
      unansweredWarningSeconds: settings.unansweredWarningSeconds,
      managerWarningSeconds: settings.managerWarningSeconds,
      ...(settings.agents.length > 0 && { responders: settings.agents.filter((a) => a.canRespond).map((a) => a.agentId) }),
    };
  });
}

/**
 * `servingChanged`: who serves the channel (or with which permissions) changed, so its "agents available" did.
 * `invalid`: settings the schema cannot judge alone (a name another channel has, an agent who is none),
 * with `error` as the schema words its refusals ("settings.name: …") and `field` the body's field.
 */
export type SaveOutcome =
  | { ok: true; channel: StoredChannel; servingChanged: boolean }
  | { ok: false; reason: 'conflict' | 'exists' }
  | { ok: false; reason: 'invalid'; error: string; field: 'settings' };

/**
 * Saves settings edited from `version`; refused if the channel changed since (or, for a create,
 * exists), or if `invalidity` finds fault. Recorded in the audit log.
 */
export async function saveChannel({ settings, version, create }: ChannelSaveBody, admin: Actor, now: number): Promise<SaveOutcome> {
  const before = await getChannel(settings.id);
  // The default channel exists before its first save, so a new channel cannot take its id even then.
  if (create && before) return { ok: false, reason: 'exists' };
  const error = await invalidity(settings, before?.settings);
  if (error) return { ok: false, reason: 'invalid', error, field: 'settings' };
  const channel: StoredChannel = { settings, version: version + 1, updatedAt: now, updatedBy: admin.id };
  // A version-0 write fails only on a stored item: for a new id that is a choice of id, not an edit someone
  // else overtook; for the default channel, which is edited from 0 until first saved, it is such an edit.
  if (!(await putChannelIfVersion(channel, version))) return { ok: false, reason: version === 0 && (create || settings.id !== DEFAULT_CHANNEL) ? 'exists' : 'conflict' };
  const changes = changedFields(before?.version === version ? before.settings : undefined, settings);
  // The default channel exists before its first save: that save changes it.
  await record(admin, version === 0 && !before ? 'channel.created' : 'channel.changed', { id: settings.id, name: settings.name, email: '' }, now, changes);
  return { ok: true, channel, servingChanged: 'agents' in changes.after };
}

/** Names compare as people read them: "QA Shop", " qa  shop" and "QA SHOP" are one name. */
const nameKey = (name: string) => name.trim().replace(/\s+/g, ' ').toLowerCase();

/**
 * Why the settings cannot be saved, judged against the other channels and the agents: a name another
 * channel has (checked on create and rename only, so channels named alike before this rule still save),
 * an agent id that is no agent, or a deactivated agent newly listed. One already listed stays until an
 * admin removes them: deactivating an agent must not block every save of the channels they served.
 */
async function invalidity(settings: ChannelSettings, before: ChannelSettings | undefined): Promise<string | undefined> {
  if (!before || nameKey(before.name) !== nameKey(settings.name)) {
    const others = (await listChannels()).filter((c) => c.settings.id !== settings.id);
    const twin = others.find((c) => nameKey(c.settings.name) === nameKey(settings.name));
    if (twin) return `settings.name: is already the name of another channel (${twin.settings.id})`;
  }
  if (settings.agents.length === 0) return undefined;
  // Read consistently: an agent added a moment ago is listed at once.
  const agents = new Map((await listAgentRecords({ consistent: true })).map((agent) => [agent.id, agent]));
  for (const { agentId } of settings.agents) {
    const agent = agents.get(agentId);
    if (!agent) return `settings.agents: ${agentId} is not an agent; remove it from the list`;
    if (!isActive(agent) && !before?.agents.some((a) => a.agentId === agentId)) return `settings.agents: ${agent.name} is deactivated; reactivate them before listing them`;
  }
  return undefined;
}

const AUDITED_TEXT = 200;

/**
 * The settings' fields that differ, for the audit log: each by its path ("hours.days.thu.end",
 * "look.header") with its value as text; a list as its items, an agent as its id and permissions.
 */
function changedFields(before: ChannelSettings | undefined, after: ChannelSettings): { before?: Record<string, string>; after: Record<string, string> } {
  const [was, now] = [before ? fieldTexts(before) : {}, fieldTexts(after)];
  const paths = [...new Set([...Object.keys(was), ...Object.keys(now)])].filter((path) => was[path] !== now[path]);
  return {
    ...(before && { before: Object.fromEntries(paths.map((path) => [path, was[path] ?? ''])) }),
    after: Object.fromEntries(paths.map((path) => [path, now[path] ?? ''])),
  };
}

function fieldTexts(settings: ChannelSettings): Record<string, string> {
  const texts: Record<string, string> = {};
  const short = (text: string) => (text.length > AUDITED_TEXT ? `${text.slice(0, AUDITED_TEXT - 1)}…` : text);
  const walk = (value: unknown, path: string) => {
    if (value === undefined) return;
    if (path === 'agents') {
      const permissions = (agent: ChannelSettings['agents'][number]) => (['canRespond', 'notifications', 'canListenIn', 'manager'] as const).filter((p) => agent[p]);
      texts[path] = short(settings.agents.map((agent) => `${agent.agentId} (${permissions(agent).join(', ')})`).join('; '));
    } else if (Array.isArray(value)) texts[path] = short(value.join(', '));
    else if (value !== null && typeof value === 'object') for (const [key, inner] of Object.entries(value)) walk(inner, path ? `${path}.${key}` : key);
    else texts[path] = short(String(value));
  };
  walk(settings, '');
  return texts;
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

/** Every live console reads the channels again (channel-names.ts in the console): a save changed what some agent may do or is warned of. */
export const tellConsolesChannelsChanged = (now: number) => tellEveryConsole({ type: 'channels.changed' }, now);
