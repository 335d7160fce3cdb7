/** The requests list while it is on screen: fetched when shown and every 30 s after. */
import type { ClientConfig, RequestView } from '../../functions/protocol/http';
import { fetchRequests } from './api';
import { usePolled } from './use-polled';

export function useRequests(config: ClientConfig, token: string): { requests?: RequestView[]; failed: boolean } {
  const { value, failed } = usePolled(fetchRequests, config, token);
  return { requests: value, failed };
}
