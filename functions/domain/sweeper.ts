/** The scheduled sweep: what best-effort `$disconnect` and lazy TTL deletion leave behind. */
import { expiredAgentConnections } from '../store';
import { forgetConnection } from './fanout';

export interface SweepReport { expiredConnections: number }

/** `now` comes from the schedule event, so tests move time without waiting. */
export async function sweep(now: number): Promise<SweepReport> {
  const expired = await expiredAgentConnections(Math.floor(now / 1000));
  await Promise.all(expired.map((c) => forgetConnection(c.connectionId)));
  return { expiredConnections: expired.length };
}
