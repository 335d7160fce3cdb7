/** The console's calls for channel settings. */
import type { ChannelName, ChannelNamesResponse, ChannelSettings, ChannelsResponse, StoredChannel } from '../../../functions/protocol/channels';
import type { ClientConfig, HttpError } from '../../../functions/protocol/http';
import { CONSOLE_PATHS } from '../../../functions/protocol/constants';

export async function fetchChannels(config: ClientConfig, token: string): Promise<StoredChannel[]> {
  const res = await fetch(config.apiBase + CONSOLE_PATHS.channels, { headers: { authorization: `Bearer ${token}` } });
  if (!res.ok) throw new Error(`channels answered HTTP ${res.status}`);
  return ((await res.json()) as ChannelsResponse).channels;
}

/** Every channel's id and name: what any agent may know of the channels. */
export async function fetchChannelNames(config: ClientConfig, token: string): Promise<ChannelName[]> {
  const res = await fetch(config.apiBase + CONSOLE_PATHS.channelNames, { headers: { authorization: `Bearer ${token}` } });
  if (!res.ok) throw new Error(`channel names answered HTTP ${res.status}`);
  return ((await res.json()) as ChannelNamesResponse).channels;
}

/** `conflict`: someone else saved the channel meanwhile; `exists`: a new channel's id is taken. */
export type SaveResult = { ok: true; channel: StoredChannel } | { ok: false; error: string; conflict: boolean; exists?: boolean };

/** Saves settings edited from `version`, or a new channel (`create`, refused if its id is taken); a refusal carries the server's reason. */
export async function saveChannel(config: ClientConfig, token: string, settings: ChannelSettings, version: number, create = false): Promise<SaveResult> {
  const res = await fetch(config.apiBase + CONSOLE_PATHS.channels, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify({ settings, version, ...(create && { create }) }),
  });
  if (res.ok) return { ok: true, channel: (await res.json()) as StoredChannel };
  const body = (await res.json().catch(() => ({}))) as Partial<HttpError>;
  const exists = res.status === 409 && body.field === 'id';
  return { ok: false, error: body.error ?? `HTTP ${res.status}`, conflict: res.status === 409 && !exists, exists };
}
