/** The live connections of one gateway, by connection id. */
import type { WebSocket } from 'ws';
import type { ConnectionFacts } from './events';

export interface LiveConnection extends ConnectionFacts {
  socket: WebSocket;
  lastActiveAt: number;
}

export class ConnectionRegistry {
  private readonly connections = new Map<string, LiveConnection>();

  add(connection: LiveConnection): void {
    this.connections.set(connection.connectionId, connection);
  }

  get(connectionId: string): LiveConnection | undefined {
    return this.connections.get(connectionId);
  }

  remove(connectionId: string): void {
    this.connections.delete(connectionId);
  }

  all(): LiveConnection[] {
    return [...this.connections.values()];
  }
}
