/**
 * The `@connections` management API on its own loopback port, so the real
 * @aws-sdk/client-apigatewaymanagementapi posts, reads and closes connections here.
 */
import { keepSocketsLikeAws } from '../keep-alive';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { GatewayMeter } from './meter';
import type { ConnectionRegistry } from './registry';

export const MAX_POST_BYTES = 128 * 1024;

export interface ManagementApi { endpoint: string; server: Server }

interface ManagementOptions { stage: string; accessKeyId: string; registry: ConnectionRegistry; meter?: GatewayMeter }

export async function startManagementApi(options: ManagementOptions): Promise<ManagementApi> {
  const server = createServer((req, res) => {
    handle(req, res, options).catch(() => send(res, 500, { message: 'Internal server error' }));
  });
  keepSocketsLikeAws(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { endpoint: `http://127.0.0.1:${port}/${options.stage}`, server };
}

async function handle(req: IncomingMessage, res: ServerResponse, options: ManagementOptions) {
  // On AWS only IAM-signed callers get in. A browser page can reach loopback too, but cannot add an
  // Authorization header cross-origin without a preflight this server never approves.
  if (req.headers.origin || !req.headers.authorization?.includes(`Credential=${options.accessKeyId}/`)) {
    return send(res, 403, { message: 'Forbidden' });
  }
  const match = new URL(req.url ?? '/', 'http://local').pathname.match(new RegExp(`^/${options.stage}/@connections/([^/]+)$`));
  if (!match) return send(res, 404, { message: 'Not Found' });
  const connection = options.registry.get(decodeURIComponent(match[1]));
  const body = await readBody(req);
  if (req.method === 'GET') options.meter?.probed();
  if (!connection) {
    if (req.method === 'POST') options.meter?.postToGone();
    // Without this error-type header the SDK reports an unknown error instead of GoneException.
    res.setHeader('x-amzn-ErrorType', 'GoneException');
    return send(res, 410, { message: 'Gone' });
  }
  if (req.method === 'POST') {
    if (body.length > MAX_POST_BYTES) return send(res, 413, { message: 'Request entity too large' });
    connection.socket.send(body.toString('utf8'));
    options.meter?.postOut(body);
    return send(res, 200);
  }
  if (req.method === 'GET') {
    return send(res, 200, {
      connectedAt: new Date(connection.connectedAt).toISOString(),
      lastActiveAt: new Date(connection.lastActiveAt).toISOString(),
      identity: { sourceIp: connection.sourceIp, userAgent: connection.userAgent },
    });
  }
  if (req.method === 'DELETE') {
    connection.socket.close(1000, 'Closed by the server');
    return send(res, 204);
  }
  return send(res, 405, { message: 'Method Not Allowed' });
}

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk)).on('end', () => resolve(Buffer.concat(chunks))).on('error', reject);
  });
}

function send(res: ServerResponse, status: number, body?: unknown) {
  if (body === undefined) return res.writeHead(status).end();
  res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
}
