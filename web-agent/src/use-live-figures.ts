/**
 * Active chat sessions and chats answered today, pushed by the server only while this console
 * watches them (no polling): `watch stats:true` is answered with the current figures and every
 * change follows as `stats.live`; `watch stats:false` stops it. A reconnect is a new connection that
 * watches nothing, so `watching` going false (offline) and true again (online) watches anew.
 */
import { useEffect, useState } from 'preact/hooks';
import type { BrowserClient } from '../../functions/protocol/browser-client';
import type { LiveFigures } from '../../functions/protocol/stats';

/**
 * Orders a console's watch frames: the server may handle them out of order, and the latest must win.
 * Kept per client rather than per Dashboard, which mounts afresh each time its tab opens while the
 * server still holds the seq of its last watch on that connection.
 */
const lastSeq = new WeakMap<BrowserClient, number>();
const nextSeq = (client: BrowserClient) => {
  const seq = (lastSeq.get(client) ?? 0) + 1;
  lastSeq.set(client, seq);
  return seq;
};

export function useLiveFigures(client: BrowserClient, watching: boolean): LiveFigures | undefined {
  const [figures, setFigures] = useState<LiveFigures>();
  useEffect(() => {
    if (!watching) return;
    const off = client.on('frame', (frame) => {
      if (frame.type !== 'stats.live') return;
      setFigures({ activeChats: frame.activeChats, answeredToday: frame.answeredToday, dayEndsAt: frame.dayEndsAt, channels: frame.channels ?? {} });
    });
    client.send({ action: 'watch', stats: true, seq: nextSeq(client) });
    return () => {
      off();
      // Figures no longer pushed would go stale: unknown until the next watch is answered.
      setFigures(undefined);
      // Offline, the socket is gone and its connection watched nothing more anyway.
      if (client.state === 'online') client.send({ action: 'watch', stats: false, seq: nextSeq(client) });
    };
  }, [client, watching]);
  return figures;
}
