/**
 * The channels' names, so the Dashboard's lists, the alerts and transcripts name a chat's channel as
 * the admin named it. Read when the console starts and each time the Dashboard is shown (so a channel
 * created or renamed meanwhile shows); a channel not known yet shows its id.
 */
import { createContext } from 'preact';
import { useContext, useEffect, useState } from 'preact/hooks';
import type { ChannelName } from '../../functions/protocol/channels';
import type { ClientConfig } from '../../functions/protocol/http';
import { fetchChannelNames } from './channels/channels-api';

export const ChannelNamesContext = createContext<ChannelName[]>([]);

/** A channel's name by its id. */
export function useChannelName(): (channelId: string) => string {
  const channels = useContext(ChannelNamesContext);
  return (channelId) => channels.find((c) => c.id === channelId)?.name ?? channelId;
}

/** `refresh`: read the names again whenever it turns true (the Dashboard is shown). */
export function useChannelNames(config: ClientConfig, token: string, refresh: boolean): ChannelName[] {
  const [channels, setChannels] = useState<ChannelName[]>([]);
  useEffect(() => {
    if (!refresh && channels.length > 0) return;
    let current = true;
    // Without the names the lists show channel ids, as before they load.
    fetchChannelNames(config, token).then((names) => current && setChannels(names), () => {});
    return () => {
      current = false;
    };
  }, [config, token, refresh]);
  return channels;
}
