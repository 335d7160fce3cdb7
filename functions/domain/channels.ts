/** Chat channels (by topic and language). Until channel settings exist, every chat is on the default one. */
export const DEFAULT_CHANNEL = 'default';

export interface ChannelSummary { id: string; name: string; language: string }

/** The tenant's channels; one default channel until channel settings exist. */
export function listChannels(): ChannelSummary[] {
  return [{ id: DEFAULT_CHANNEL, name: 'Default', language: 'en' }];
}
