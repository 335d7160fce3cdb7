/**
 * One browser client for the lifetime of a component: connected on mount, closed on unmount,
 * re-rendering on change. It sends heartbeats, so the server keeps counting this agent as present.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { createBrowserClient, type BrowserClient } from '../../functions/protocol/browser-client';
import type { ClientConfig } from '../../functions/protocol/http';
import { HEARTBEAT_SECONDS } from '../../functions/protocol/constants';
import { keepHeartbeat } from '../../functions/protocol/browser/heartbeat';

export function useBrowserClient(config: ClientConfig, token: string, onUnauthorized: () => void): BrowserClient {
  const [client] = useState(() => createBrowserClient({ config, token }));
  const [, setVersion] = useState(0);
  const unauthorized = useRef(onUnauthorized);
  unauthorized.current = onUnauthorized;

  useEffect(() => {
    const rerender = () => setVersion((n) => n + 1);
    const unsubscribe = [
      client.on('change', rerender),
      client.on('state', rerender),
      client.on('unauthorized', () => unauthorized.current()),
    ];
    // A laptop waking up reports `online` long before the backoff would have retried.
    const online = () => client.reconnectNow();
    // The browser knows first that the network went; a socket not closed yet would say nothing for
    // a minute and more. Dropped, the client is offline at once, says so and reconnects.
    const offline = () => {
      client.close();
      client.connect();
    };
    window.addEventListener('online', online);
    window.addEventListener('offline', offline);
    const stopHeartbeat = keepHeartbeat(client, HEARTBEAT_SECONDS);
    client.connect();
    return () => {
      stopHeartbeat();
      unsubscribe.forEach((off) => off());
      window.removeEventListener('online', online);
      window.removeEventListener('offline', offline);
      client.close();
    };
  }, [client]);

  return client;
}
