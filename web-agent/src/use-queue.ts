/** The queue as the server last described it: how many wait, the oldest of them, the warning time, who is present; all channels and per channel. */
import { useEffect, useState } from 'preact/hooks';
import type { BrowserClient } from '../../functions/protocol/browser-client';
import type { ServerFrame } from '../../functions/protocol/server-frames';

export type QueueState = Omit<Extract<ServerFrame, { type: 'queue' }>, 'type'>;

/** Until the first queue frame; 60 s is the product's default warning time. */
const EMPTY: QueueState = { waiting: 0, entries: [], warnAfterSeconds: 60, presentAgents: 0, channels: {} };

export function useQueue(client: BrowserClient): QueueState {
  const [queue, setQueue] = useState<QueueState>(EMPTY);
  useEffect(
    () =>
      client.on('frame', (frame) => {
        if (frame.type !== 'queue') return;
        // Older servers sent only the count; missing fields keep their defaults.
        setQueue({ ...EMPTY, ...frame, entries: frame.entries ?? [], channels: frame.channels ?? {} });
      }),
    [client],
  );
  return queue;
}
