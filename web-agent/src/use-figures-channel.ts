/**
 * The Dashboard's channel choice (managers and admins): the channels they may see, read each time
 * the Dashboard is shown (so a channel created meanwhile is there to choose), and the one chosen.
 * Kept above the Dashboard so the choice survives a look at another tab, and in this browser's
 * storage so it survives a reload.
 */
import { useEffect, useState } from 'preact/hooks';
import type { ClientConfig } from '../../functions/protocol/http';
import { fetchChannels } from './channels/channels-api';

const KEY = 'parley.dashboard.channel';

export interface ChannelName { id: string; name: string }

export interface FiguresChannel {
  /** Empty for agents who see all channels' figures only, or while the channels load. */
  channels: ChannelName[];
  /** Undefined: all channels. */
  chosen?: ChannelName;
  choose(channelId: string | undefined): void;
}

/** `shown`: the Dashboard is on screen. */
export function useFiguresChannel(config: ClientConfig, token: string, managing: boolean, shown: boolean): FiguresChannel {
  const [channels, setChannels] = useState<ChannelName[]>([]);
  const [chosenId, setChosenId] = useState<string | undefined>(() => localStorage.getItem(KEY) ?? undefined);
  const choose = (channelId: string | undefined) => {
    if (channelId) localStorage.setItem(KEY, channelId);
    else localStorage.removeItem(KEY);
    setChosenId(channelId);
  };
  useEffect(() => {
    if (!managing || !shown) return;
    let current = true;
    // Without the list the choice stays at all channels; the figures themselves still arrive.
    fetchChannels(config, token).then(
      (stored) => current && setChannels(stored.map(({ settings }) => ({ id: settings.id, name: settings.name }))),
      () => {},
    );
    return () => {
      current = false;
    };
  }, [config, token, managing, shown]);
  // An agent no longer manager sees all channels' figures, whatever was chosen before.
  const choosable = managing ? channels : [];
  return { channels: choosable, chosen: choosable.find((c) => c.id === chosenId), choose };
}
