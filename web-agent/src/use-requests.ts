/** The requests list while it is on screen: fetched when shown and every 30 s after. */
import { useEffect, useState } from 'preact/hooks';
import type { ClientConfig, RequestView } from '../../functions/protocol/http';
import { fetchRequests } from './api';

const REFRESH_MS = 30_000;

export function useRequests(config: ClientConfig, token: string): { requests?: RequestView[]; failed: boolean } {
  const [requests, setRequests] = useState<RequestView[]>();
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    let stopped = false;
    const load = () =>
      fetchRequests(config, token).then(
        (loaded) => {
          if (stopped) return;
          setRequests(loaded);
          setFailed(false);
        },
        () => !stopped && setFailed(true),
      );
    void load();
    const timer = setInterval(load, REFRESH_MS);
    return () => {
      stopped = true;
      clearInterval(timer);
    };
  }, [config, token]);

  return { requests, failed };
}
