/** Allowed origins per channel: a channel's own list, else the tenant's (ALLOWED_ORIGINS). */
import type { ChannelSettings } from '../protocol/channels';
import { CHANNEL_ID } from '../protocol/channel-options';
import { config } from '../config';
import { getChannel } from './channels';
import { allowedOriginsOf, originAllowed } from './origins';

/** Whether a page on `origin` may chat on the channel; an unknown channel follows the tenant's origins. */
export async function originAllowedOn(channelId: string, origin: string | undefined): Promise<boolean> {
  const channel = CHANNEL_ID.test(channelId) ? await getChannel(channelId) : undefined;
  return originAllowedFor(channel?.settings, origin);
}

/** As `originAllowedOn`, for settings already read (undefined: a channel without settings). */
export function originAllowedFor(settings: ChannelSettings | undefined, origin: string | undefined): boolean {
  return originAllowed(origin, allowedOriginsOf(settings?.allowedOrigins, config.allowedOrigins));
}
