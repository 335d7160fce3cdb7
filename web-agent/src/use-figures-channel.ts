/**
 * The Dashboard's channel choice (managers and admins): the channels to choose from, and the one
 * chosen. Kept above the Dashboard so the choice survives a look at another tab, and in this
 * browser's storage so it survives a reload.
 */
import { useState } from 'preact/hooks';
import type { ChannelName } from '../../functions/protocol/channels';

const KEY = 'parley.dashboard.channel';

export interface FiguresChannel {
  /** Empty for agents who see all channels' figures only, or while the channels load. */
  channels: ChannelName[];
  /** Undefined: all channels. */
  chosen?: ChannelName;
  choose(channelId: string | undefined): void;
}

/** `channels`: every channel, as the console read them (channel-names.ts). */
export function useFiguresChannel(channels: ChannelName[], managing: boolean): FiguresChannel {
  const [chosenId, setChosenId] = useState<string | undefined>(() => localStorage.getItem(KEY) ?? undefined);
  const choose = (channelId: string | undefined) => {
    if (channelId) localStorage.setItem(KEY, channelId);
    else localStorage.removeItem(KEY);
    setChosenId(channelId);
  };
  // An agent no longer manager sees all channels' figures, whatever was chosen before.
  const choosable = managing ? channels : [];
  return { channels: choosable, chosen: choosable.find((c) => c.id === chosenId), choose };
}
