/** An API Gateway HTTP API look-alike: payload format 2.0, exact route keys, CORS preflight for any origin. */
import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';

export interface HttpApiOptions {
  /** Route keys such as `POST /api/login` → handler name. */
  routes: Map<string, string>;
  invoke(name: string, event: unknown): Promise<unknown>;
  log?: (line: string) => void;
}

const MAX_BODY_BYTES = 64 * 1024;
const CORS = {
  'access-control-allow-origin': '*',
  'access-control-allow-headers': 'authorization,content-type',
  'access-control-allow-methods': 'GET,POST,OPTIONS',
  'access-control-max-age': '600',
};

type Result = { statusCode?: number; headers?: Record<string, string>; body?: string; isBase64Encoded?: boolean };

/** Answers the request if it is an API route (or its preflight); returns false to let others serve it. */
export async function serveHttpApi(options: HttpApiOptions, req: IncomingMessage, res: ServerResponse): Promise<boolean> {
  const url = new URL(req.url ?? '/', 'http://local');
  if (req.method === 'OPTIONS' && [...options.routes.keys()].some((key) => matchPath(key.split(' ')[1], url.pathname))) {
    res.writeHead(204, CORS).end();
    return true;
  }
  const matched = matchRoute(options.routes, req.method ?? 'GET', url.pathname);
  if (!matched) return false;
  const { routeKey, name, pathParameters } = matched;
  const body = await readBody(req);
  if (body === undefined) {
    res.writeHead(413, { 'content-type': 'application/json', ...CORS }).end(JSON.stringify({ message: 'Request Entity Too Large' }));
    return true;
  }
  try {
    const result = (await options.invoke(name, { ...httpEvent(req, url, routeKey, body), pathParameters })) as Result;
    const payload = result.body === undefined ? '' : Buffer.from(result.body, result.isBase64Encoded ? 'base64' : 'utf8');
    res.writeHead(result.statusCode ?? 200, { ...result.headers, ...CORS }).end(payload);
  } catch (error) {
    options.log?.(`${routeKey} failed: ${(error as Error).stack ?? error}`);
    res.writeHead(500, { 'content-type': 'application/json', ...CORS }).end(JSON.stringify({ message: 'Internal Server Error' }));
  }
  return true;
}

/** Route keys may hold `{name}` segments, as HTTP API path parameters do. */
function matchRoute(routes: Map<string, string>, method: string, path: string) {
  for (const [routeKey, name] of routes) {
    const [routeMethod, template] = routeKey.split(' ');
    if (routeMethod !== method) continue;
    const pathParameters = matchPath(template, path);
    if (pathParameters) return { routeKey, name, pathParameters: Object.keys(pathParameters).length ? pathParameters : undefined };
  }
  return undefined;
}

function matchPath(template: string, path: string): Record<string, string> | undefined {
  const names: string[] = [];
  const pattern = template.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{(\w+)\}/g, (_, n: string) => (names.push(n), '([^/]+)'));
  const match = new RegExp(`^${pattern}$`).exec(path);
  if (!match) return undefined;
  return Object.fromEntries(names.map((n, i) => [n, decodeURIComponent(match[i + 1])]));
}

function httpEvent(req: IncomingMessage, url: URL, routeKey: string, body: Buffer) {
  const now = Date.now();
  const headers = Object.fromEntries(Object.entries(req.headers).map(([k, v]) => [k, Array.isArray(v) ? v.join(',') : v ?? '']));
  return {
    version: '2.0',
    routeKey,
    rawPath: url.pathname,
    rawQueryString: url.search.slice(1),
    headers,
    queryStringParameters: url.searchParams.size ? Object.fromEntries(url.searchParams) : undefined,
    requestContext: {
      accountId: '000000000000', apiId: 'local', domainName: req.headers.host ?? 'localhost', domainPrefix: 'local',
      http: { method: req.method, path: url.pathname, protocol: 'HTTP/1.1', sourceIp: req.socket.remoteAddress ?? '127.0.0.1', userAgent: req.headers['user-agent'] ?? '' },
      requestId: randomUUID(), routeKey, stage: '$default', time: new Date(now).toISOString(), timeEpoch: now,
    },
    body: body.length ? body.toString('utf8') : undefined,
    isBase64Encoded: false,
  };
}

/** The body, or undefined when it is larger than the limit. */
function readBody(req: IncomingMessage): Promise<Buffer | undefined> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= MAX_BODY_BYTES) chunks.push(chunk);
    });
    req.on('end', () => resolve(size > MAX_BODY_BYTES ? undefined : Buffer.concat(chunks)));
    req.on('error', reject);
  });
}
