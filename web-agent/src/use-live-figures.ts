/** Active chat sessions and chats answered today: read once, then kept current by `stats.live` frames (no polling). */
import { useEffect, useState } from 'preact/hooks';
import type { BrowserClient } from '../../functions/protocol/browser-client';
import type { ClientConfig } from '../../functions/protocol/http';
import type { LiveFigures } from '../../functions/protocol/stats';
import { fetchLiveFigures } from './stats-api';

/** `online`: read again after each reconnect, since frames sent while offline never arrived. */
export function useLiveFigures(client: BrowserClient, config: ClientConfig, token: string, online: boolean): LiveFigures | undefined {
  const [figures, setFigures] = useState<LiveFigures>();
  useEffect(() => {
    let pushed = false;
    const off = client.on('frame', (frame) => {
      if (frame.type !== 'stats.live') return;
      pushed = true;
      setFigures({ activeChats: frame.activeChats, answeredToday: frame.answeredToday, dayEndsAt: frame.dayEndsAt, channels: frame.channels ?? {} });
    });
    // A frame that arrived meanwhile is newer than what the read returns.
    if (online) fetchLiveFigures(config, token).then((read) => !pushed && setFigures({ ...read, channels: read.channels ?? {} }), () => {});
    return off;
  }, [client, config, token, online]);
  return figures;
}
