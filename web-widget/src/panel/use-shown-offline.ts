/**
 * Whether to say "Reconnecting…": once the connection has been down for a moment. API Gateway's
 * planned closes (idle for 10 minutes, every connection after 2 hours) are repaired by the client
 * in well under a second and pass unseen; a connection that stays down is always shown.
 */
import { useEffect, useState } from 'preact/hooks';
import type { ConnectionState } from '../../../functions/protocol/browser-client';

export const OFFLINE_GRACE_MS = 2500;

export function useShownOffline(state: ConnectionState | undefined): boolean {
  const down = state !== undefined && state !== 'online';
  const [shown, setShown] = useState(false);
  useEffect(() => {
    setShown(false);
    if (!down) return;
    // Offline by the browser's word is no planned close: said at once.
    const timer = setTimeout(() => setShown(true), navigator.onLine ? OFFLINE_GRACE_MS : 0);
    return () => clearTimeout(timer);
  }, [down]);
  return shown;
}
