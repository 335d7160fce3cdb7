/** Who sent a frame: resolved from the connection item written at `$connect`. */
import type { Role } from '../protocol';
import { getConnection, type Sender } from '../store';
import { RefusedError } from './errors';

export interface Caller {
  connectionId: string; role: Role; subject: string; name: string;
  /** A customer's page origin, as admitted at `$connect`. */
  origin?: string;
}

export async function identify(connectionId: string, nowMs: number): Promise<Caller> {
  const connection = await getConnection(connectionId, Math.floor(nowMs / 1000));
  if (!connection) throw new RefusedError('forbidden', 'This connection is not signed in; reconnect with a new ticket');
  return { connectionId, role: connection.role, subject: connection.subject, name: connection.name, ...(connection.origin && { origin: connection.origin }) };
}

export function requireRole(caller: Caller, role: Role): void {
  if (caller.role !== role) throw new RefusedError('forbidden', `Only ${role}s may do this`);
}

export function asSender(caller: Caller): Sender {
  return caller.role === 'customer' ? { role: 'customer', visitorId: caller.subject } : { role: 'agent', agentId: caller.subject };
}
