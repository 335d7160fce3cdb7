/** A list read over HTTP while it is on screen: fetched when shown and every 30 s after. */
import { useEffect, useState } from 'preact/hooks';
import type { ClientConfig } from '../../functions/protocol/http';

const REFRESH_MS = 30_000;

export function usePolled<T>(fetcher: (config: ClientConfig, token: string) => Promise<T>, config: ClientConfig, token: string): { value?: T; failed: boolean } {
  const [value, setValue] = useState<T>();
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    let stopped = false;
    const load = () =>
      fetcher(config, token).then(
        (loaded) => {
          if (stopped) return;
          setValue(loaded);
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
  }, [fetcher, config, token]);

  return { value, failed };
}
