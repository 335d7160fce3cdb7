/**
 * `$disconnect` is best-effort on API Gateway, so a connection item can outlive its socket by up to
 * two hours (its expiry). A delivery finds such a connection gone (410, fanout.ts); a waiting
 * customer is posted nothing for minutes on end, yet the queue counts them as there and alerts are
 * raised for their chat. The sweep asks API Gateway about those connections instead (GET
 * `@connections/{id}`), and forgets the gone ones as a delivery's 410 does.
 */
import { connectionOpen } from '../adapters/connections';
import type { ConnectionItem } from '../store';
import { forgetConnection, HANDSHAKE_WINDOW_MS } from './fanout';

type Probed = Pick<ConnectionItem, 'connectionId' | 'connectedAt'>;

/** The connections API Gateway still has; one admitted within the handshake window counts as open (it answers 410 until it opens). */
export async function stillOpen<T extends Probed>(connections: T[], now: number): Promise<T[]> {
  const admittedBefore = now - HANDSHAKE_WINDOW_MS;
  const open = await Promise.all(connections.map(async (connection) => {
    if (connection.connectedAt >= admittedBefore || (await connectionOpen(connection.connectionId))) return true;
    await forgetConnection(connection.connectionId, admittedBefore);
    return false;
  }));
  return connections.filter((_, i) => open[i]);
}
