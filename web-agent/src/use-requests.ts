/** The requests list while it is on screen: fetched when shown, when the server says one was created, and every 30 s after. */
import { useEffect, useState } from 'preact/hooks';
import type { BrowserClient } from '../../functions/protocol/browser-client';
import type { ClientConfig, RequestView } from '../../functions/protocol/http';
import { fetchRequests } from './api';
import { usePolled } from './use-polled';

export function useRequests(config: ClientConfig, token: string, client: BrowserClient): { requests?: RequestView[]; failed: boolean } {
  const [created, setCreated] = useState(0);
  useEffect(() => client.on('frame', (frame) => frame.type === 'requests.changed' && setCreated((n) => n + 1)), [client]);
  const { value, failed } = usePolled(fetchRequests, config, token, created);
  return { requests: value, failed };
}
