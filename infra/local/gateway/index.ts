/** An API Gateway WebSocket API look-alike: handshake with `$connect`, routing on `action`, `$disconnect`. */
import { randomBytes } from 'node:crypto';
import { STATUS_CODES, type IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer } from 'ws';
import { connectEvent, disconnectEvent, messageEvent, selectRoute, type ApiIdentity, type ConnectionFacts } from './events';
import { startManagementApi, MAX_POST_BYTES } from './management-api';
import { GatewayMeter, type GatewayMetrics } from './meter';
import { ConnectionRegistry, type LiveConnection } from './registry';
import { attachSocket } from './socket';

export interface GatewayOptions {
  api: ApiIdentity;
  /** Route keys that have a handler, `$connect`, `$disconnect` and `$default` included. */
  routes: Set<string>;
  invoke(routeKey: string, event: unknown): Promise<unknown>;
  accessKeyId: string;
  idleTimeoutMs?: number;
  maxConnectionMs?: number;
  log?: (line: string) => void;
}

export interface Gateway {
  managementEndpoint: string;
  registry: ConnectionRegistry;
  handleUpgrade(req: IncomingMessage, socket: Duplex, head: Buffer): Promise<void>;
  /** Test switch: drop `$disconnect` events, as API Gateway sometimes does. */
  swallowDisconnects: boolean;
  /** Billable traffic since start: messages both ways and connection time. */
  metrics(): GatewayMetrics;
  close(): Promise<void>;
}

export async function startGateway(options: GatewayOptions): Promise<Gateway> {
  const registry = new ConnectionRegistry();
  const meter = new GatewayMeter(registry);
  const management = await startManagementApi({ stage: options.api.stage, accessKeyId: options.accessKeyId, registry, meter });
  // Messages over 128 KB close the connection with 1009, as API Gateway does.
  const wss = new WebSocketServer({ noServer: true, maxPayload: MAX_POST_BYTES, handleProtocols: (_offered, req) => (req as IncomingMessage & { chosenProtocol?: string }).chosenProtocol ?? false });
  const log = options.log ?? (() => {});
  const has = (route: string) => options.routes.has(route);

  const gateway: Gateway = {
    managementEndpoint: management.endpoint,
    registry,
    swallowDisconnects: false,
    metrics: () => meter.snapshot(),
    async handleUpgrade(req, socket, head) {
      const facts: ConnectionFacts = {
        connectionId: randomBytes(12).toString('base64').replace(/[+/]/g, 'A'),
        connectedAt: Date.now(),
        sourceIp: req.socket.remoteAddress ?? '127.0.0.1',
        userAgent: req.headers['user-agent'],
      };
      const query = new URL(req.url ?? '/', 'http://local').searchParams;
      const status = has('$connect') ? await connectStatus(options, facts, req, query) : 200;
      if (status < 200 || status >= 300) {
        // A non-2xx from `$connect` hangs up the handshake with that status.
        socket.end(`HTTP/1.1 ${status} ${STATUS_CODES[status] ?? 'Error'}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
        return;
      }
      wss.handleUpgrade(req, socket, head, (ws) => {
        const connection: LiveConnection = { ...facts, socket: ws, lastActiveAt: Date.now() };
        registry.add(connection);
        meter.opened();
        attachSocket(connection, {
          idleTimeoutMs: options.idleTimeoutMs ?? 10 * 60_000,
          maxConnectionMs: options.maxConnectionMs ?? 2 * 3600_000,
          onMessage: (c, body) => routeMessage(options, c, body, log, meter),
          onClose: (c, code, reason) => {
            registry.remove(c.connectionId);
            meter.closed(c.connectedAt);
            if (gateway.swallowDisconnects || !has('$disconnect')) return;
            options.invoke('$disconnect', disconnectEvent(options.api, c, code, reason)).catch((error) => log(`$disconnect failed: ${error}`));
          },
        });
      });
    },
    async close() {
      for (const c of registry.all()) c.socket.terminate();
      const closing = new Promise<void>((resolve) => management.server.close(() => resolve()));
      management.server.closeAllConnections();
      await closing;
      wss.close();
    },
  };
  return gateway;
}

/** A handler that throws or returns nothing rejects the handshake with 500. */
async function connectStatus(options: GatewayOptions, facts: ConnectionFacts, req: IncomingMessage, query: URLSearchParams): Promise<number> {
  try {
    const result = (await options.invoke('$connect', connectEvent(options.api, facts, req.headers, query))) as { statusCode?: number; headers?: Record<string, string> } | undefined;
    const protocol = result?.headers?.['Sec-WebSocket-Protocol'] ?? result?.headers?.['sec-websocket-protocol'];
    if (protocol) (req as IncomingMessage & { chosenProtocol?: string }).chosenProtocol = protocol;
    return typeof result?.statusCode === 'number' ? result.statusCode : 500;
  } catch (error) {
    options.log?.(`$connect failed: ${error}`);
    return 500;
  }
}

/** A failing route handler makes the client receive API Gateway's own error frame. */
async function routeMessage(options: GatewayOptions, connection: LiveConnection, body: string, log: (line: string) => void, meter: GatewayMeter) {
  const routeKey = selectRoute(body, options.routes);
  meter.frameIn(routeKey, Buffer.byteLength(body));
  const event = messageEvent(options.api, connection, routeKey, body);
  try {
    if (!options.routes.has(routeKey)) throw new Error(`no route for ${routeKey}`);
    await options.invoke(routeKey, event);
  } catch (error) {
    log(`${routeKey} failed: ${(error as Error).stack ?? error}`);
    if (connection.socket.readyState === connection.socket.OPEN) {
      connection.socket.send(JSON.stringify({ message: 'Internal server error', connectionId: connection.connectionId, requestId: event.requestContext.requestId }));
    }
  }
}
