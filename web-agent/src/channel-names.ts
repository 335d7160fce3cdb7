/**
 * The channels' names, so the Dashboard's lists, the alerts and transcripts name a chat's channel as
 * the admin named it. Read when the console starts, each time the Dashboard is shown, and whenever an
 * admin saves a channel; a channel not known yet shows its id.
 */
import { createContext } from 'preact';
import { useContext, useEffect, useState } from 'preact/hooks';
import type { ChannelName } from '../../functions/protocol/channels';
import type { ClientConfig } from '../../functions/protocol/http';
import type { BrowserClient } from '../../functions/protocol/browser-client';
import { fetchChannelNames } from './channels/channels-api';

export const ChannelNamesContext = createContext<ChannelName[]>([]);

/** A channel's name by its id. */
export function useChannelName(): (channelId: string) => string {
  const channels = useContext(ChannelNamesContext);
  return (channelId) => channels.find((c) => c.id === channelId)?.name ?? channelId;
}

/**
 * `refresh`: read the names again whenever it turns true (the Dashboard is shown). They are read
 * again too when the server says an admin saved a channel (`channels.changed`), so the agent's
 * permissions and warning times there apply without a reload.
 */
export function useChannelNames(config: ClientConfig, token: string, refresh: boolean, client?: BrowserClient): ChannelName[] {
  const [channels, setChannels] = useState<ChannelName[]>([]);
  const [saved, setSaved] = useState(0);
  useEffect(() => client?.on('frame', (frame) => frame.type === 'channels.changed' && setSaved((n) => n + 1)), [client]);
  useEffect(() => {
    if (!refresh && saved === 0 && channels.length > 0) return;
    let current = true;
    // Without the names the lists show channel ids, as before they load.
    fetchChannelNames(config, token).then((names) => current && setChannels(names), () => {});
    return () => {
      current = false;
    };
  }, [config, token, refresh, saved]);
  return channels;
}
