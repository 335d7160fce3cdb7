/** One accepted WebSocket: routes its frames, enforces API Gateway's timeouts, reports its close. */
import type { WebSocket } from 'ws';
import type { LiveConnection } from './registry';

export interface SocketRules {
  /** API Gateway closes a connection idle for 10 minutes, and every connection after 2 hours. */
  idleTimeoutMs: number;
  maxConnectionMs: number;
  onMessage(connection: LiveConnection, body: string): Promise<void>;
  onClose(connection: LiveConnection, code: number, reason: string): void;
}

/** Close code API Gateway uses when it ends a connection itself (idle or too old). */
export const GOING_AWAY = 1001;

export function attachSocket(connection: LiveConnection, rules: SocketRules): void {
  const socket: WebSocket = connection.socket;
  let idle = setTimeout(() => socket.close(GOING_AWAY, 'Going away'), rules.idleTimeoutMs);
  const lifetime = setTimeout(() => socket.close(GOING_AWAY, 'Going away'), rules.maxConnectionMs);

  socket.on('message', (data, isBinary) => {
    connection.lastActiveAt = Date.now();
    clearTimeout(idle);
    idle = setTimeout(() => socket.close(GOING_AWAY, 'Going away'), rules.idleTimeoutMs);
    const body = isBinary ? Buffer.from(data as Buffer).toString('base64') : data.toString();
    void rules.onMessage(connection, body);
  });

  socket.on('close', (code, reason) => {
    clearTimeout(idle);
    clearTimeout(lifetime);
    rules.onClose(connection, code, reason.toString());
  });

  socket.on('error', () => {
    // A protocol error (e.g. a message over the size limit, closed with 1009) is followed by 'close'.
  });
}
