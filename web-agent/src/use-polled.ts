/**
 * A list read over HTTP while it is on screen: fetched when shown and every 30 s after, and at once
 * whenever `refreshOn` changes to a new value (something pushed says the list has changed); the poll
 * stays as the fallback for changes nothing announces.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { ClientConfig } from '../../functions/protocol/http';

const REFRESH_MS = 30_000;

export function usePolled<T>(
  fetcher: (config: ClientConfig, token: string) => Promise<T>,
  config: ClientConfig,
  token: string,
  refreshOn?: unknown,
): { value?: T; failed: boolean } {
  const [value, setValue] = useState<T>();
  const [failed, setFailed] = useState(false);
  const reload = useRef<() => void>();

  useEffect(() => {
    let stopped = false;
    // A reload may overtake a slower read begun before it: only the latest read's answer is shown.
    let latest = 0;
    const load = () => {
      const read = ++latest;
      return fetcher(config, token).then(
        (loaded) => {
          if (stopped || read !== latest) return;
          setValue(loaded);
          setFailed(false);
        },
        () => !stopped && read === latest && setFailed(true),
      );
    };
    reload.current = () => void load();
    void load();
    const timer = setInterval(load, REFRESH_MS);
    return () => {
      stopped = true;
      reload.current = undefined;
      clearInterval(timer);
    };
  }, [fetcher, config, token]);

  // Not on mount (the effect above reads then), nor when the signal goes (undefined: nothing new is known, e.g. offline).
  const seen = useRef(refreshOn);
  useEffect(() => {
    const before = seen.current;
    seen.current = refreshOn;
    if (refreshOn !== undefined && refreshOn !== before) reload.current?.();
  }, [refreshOn]);

  return { value, failed };
}
