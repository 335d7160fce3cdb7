/**
 * An S3-compatible endpoint for the local runtime, so the handlers' @aws-sdk/client-s3 and
 * presigner code runs unchanged: path-style PUT (and copy), GET (with Range), HEAD and DELETE of
 * objects in fixed buckets, every request SigV4-checked against the runtime's credentials, and
 * CORS answered as a bucket CORS rule would, because browsers upload and download directly.
 */
import { keepSocketsLikeAws } from '../keep-alive';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { openObjectStore, type ObjectMeta, type ObjectStore } from './object-store';
import { verifyRequest, type Credentials } from './sigv4';

/** The local files bucket (the admin command opens it too, in a data dir nothing runs on). */
export const FILES_BUCKET = 'parley-files';

export interface LocalS3Options {
  dataDir: string;
  buckets: string[];
  credentials: Credentials;
  host?: string;
  /** 0 (the default) picks a free port. */
  port?: number;
  /** Largest body one PUT may carry here (S3's own limit is 5 GB). */
  maxObjectBytes?: number;
  /** Lifecycle expiration: objects under `prefix` older than `afterMs` are deleted, checked every `everyMs`. */
  expire?: { prefix: string; afterMs: number; everyMs?: number };
  log?: (line: string) => void;
}

export interface LocalS3 {
  endpoint: string;
  /** Applies the expiration rule now (it also runs on its timer). */
  expireNow(now?: number): Promise<void>;
  close(): Promise<void>;
}

const DEFAULT_MAX_OBJECT_BYTES = 100 * 1024 * 1024;
/** As the files bucket's CORS rule: any origin (the widget runs on customers' sites), these methods and headers. */
const CORS_METHODS = ['GET', 'PUT', 'HEAD'];
const CORS_HEADERS = ['content-type', 'range'];

export async function startLocalS3(options: LocalS3Options): Promise<LocalS3> {
  const stores = new Map<string, ObjectStore>();
  for (const bucket of options.buckets) stores.set(bucket, await openObjectStore(join(options.dataDir, bucket)));
  const server: Server = createServer((req, res) => {
    handle(req, res).catch((error) => {
      options.log?.(`s3 ${req.method} ${req.url} failed: ${error}`);
      if (!res.headersSent) sendError(req, res, 500, 'InternalError', 'We encountered an internal error');
      else res.destroy();
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse) {
    const url = new URL(req.url ?? '/', 'http://local');
    if (req.headers.origin) {
      res.setHeader('access-control-allow-origin', '*');
      res.setHeader('access-control-expose-headers', 'ETag');
    }
    if (req.method === 'OPTIONS') return preflight(req, res);
    const [, bucket = '', ...rest] = url.pathname.split('/');
    const key = decodeURIComponent(rest.join('/'));
    const store = stores.get(bucket);
    if (!store) return sendError(req, res, 404, 'NoSuchBucket', 'The specified bucket does not exist');
    const verdict = verifyRequest(req, url, options.credentials);
    if (!verdict.ok) return sendError(req, res, 403, verdict.code, verdict.message);
    if (!key) return sendError(req, res, 405, 'MethodNotAllowed', 'Only object operations are supported here');
    switch (req.method) {
      case 'PUT': return put(req, res, store, key);
      case 'GET':
      case 'HEAD': return get(req, res, url, store, key);
      case 'DELETE':
        await store.delete(key);
        return res.writeHead(204).end();
      default: return sendError(req, res, 405, 'MethodNotAllowed', 'The specified method is not allowed against this resource');
    }
  }

  async function put(req: IncomingMessage, res: ServerResponse, store: ObjectStore, key: string) {
    const copySource = req.headers['x-amz-copy-source'];
    if (typeof copySource === 'string') {
      const [fromBucket, ...fromKey] = decodeURIComponent(copySource).replace(/^\//, '').split('/');
      const copied = await stores.get(fromBucket)?.copy(fromKey.join('/'), key);
      if (!copied) return sendError(req, res, 404, 'NoSuchKey', 'The specified key does not exist');
      return sendXml(res, 200, `<CopyObjectResult><ETag>${copied.etag}</ETag><LastModified>${new Date(copied.lastModified).toISOString()}</LastModified></CopyObjectResult>`);
    }
    const declared = Number(req.headers['content-length'] ?? NaN);
    if (!Number.isFinite(declared)) return sendError(req, res, 411, 'MissingContentLength', 'You must provide the Content-Length HTTP header');
    if (declared > (options.maxObjectBytes ?? DEFAULT_MAX_OBJECT_BYTES)) return sendError(req, res, 400, 'EntityTooLarge', 'Your proposed upload exceeds the maximum allowed size');
    const meta = await store.put(key, req, String(req.headers['content-type'] ?? 'binary/octet-stream'));
    res.writeHead(200, { etag: meta.etag }).end();
  }

  async function get(req: IncomingMessage, res: ServerResponse, url: URL, store: ObjectStore, key: string) {
    const meta = await store.head(key);
    if (!meta) return sendError(req, res, 404, 'NoSuchKey', 'The specified key does not exist');
    const headers = objectHeaders(meta, url);
    const range = parseRange(req.headers.range, meta.size);
    if (range === 'unsatisfiable') return sendError(req, res, 416, 'InvalidRange', 'The requested range is not satisfiable');
    if (req.method === 'HEAD') return res.writeHead(200, headers).end();
    if (!range) {
      res.writeHead(200, headers);
      return store.read(key).pipe(res);
    }
    res.writeHead(206, { ...headers, 'content-length': range.end - range.start + 1, 'content-range': `bytes ${range.start}-${range.end}/${meta.size}` });
    store.read(key, range).pipe(res);
  }

  /** As an S3 lifecycle rule does (within a day there; on the timer here). */
  async function expireNow(now = Date.now()) {
    const rule = options.expire;
    if (!rule) return;
    for (const store of stores.values()) {
      for (const meta of await store.list()) {
        if (meta.key.startsWith(rule.prefix) && meta.lastModified + rule.afterMs <= now) await store.delete(meta.key);
      }
    }
  }
  const sweep = options.expire ? setInterval(() => void expireNow().catch(() => {}), options.expire.everyMs ?? 3_600_000) : undefined;
  sweep?.unref();

  keepSocketsLikeAws(server);
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, options.host ?? '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    // Browsers follow presigned URLs to this host, so it is the name they reach this machine by.
    endpoint: `http://localhost:${port}`,
    expireNow,
    close: () => new Promise((resolve) => {
      clearInterval(sweep);
      server.closeAllConnections();
      server.close(() => resolve());
    }),
  };
}

function preflight(req: IncomingMessage, res: ServerResponse) {
  const method = String(req.headers['access-control-request-method'] ?? '');
  const asked = String(req.headers['access-control-request-headers'] ?? '').split(',').map((h) => h.trim().toLowerCase()).filter(Boolean);
  if (!req.headers.origin || !CORS_METHODS.includes(method) || asked.some((h) => !CORS_HEADERS.includes(h))) {
    return sendError(req, res, 403, 'AccessForbidden', 'CORSResponse: This CORS request is not allowed');
  }
  res.writeHead(200, {
    'access-control-allow-methods': CORS_METHODS.join(', '),
    'access-control-allow-headers': asked.join(', '),
    'access-control-max-age': '3600',
  }).end();
}

/** The stored type and length, with the `response-*` overrides a presigned GET may carry. */
function objectHeaders(meta: ObjectMeta, url: URL): Record<string, string | number> {
  const headers: Record<string, string | number> = {
    'content-type': url.searchParams.get('response-content-type') ?? meta.contentType,
    'content-length': meta.size,
    etag: meta.etag,
    'last-modified': new Date(meta.lastModified).toUTCString(),
    'accept-ranges': 'bytes',
  };
  const disposition = url.searchParams.get('response-content-disposition');
  if (disposition) headers['content-disposition'] = disposition;
  const cacheControl = url.searchParams.get('response-cache-control');
  if (cacheControl) headers['cache-control'] = cacheControl;
  return headers;
}

/** One `bytes=a-b`, `bytes=a-` or `bytes=-n` range, clamped to the object as S3 does. */
function parseRange(header: string | undefined, size: number): { start: number; end: number } | 'unsatisfiable' | undefined {
  const m = header ? /^bytes=(\d*)-(\d*)$/.exec(header.trim()) : null;
  if (!m || (m[1] === '' && m[2] === '')) return undefined;
  const start = m[1] === '' ? Math.max(0, size - Number(m[2])) : Number(m[1]);
  const end = m[1] === '' || m[2] === '' ? size - 1 : Math.min(Number(m[2]), size - 1);
  if (start >= size || start > end) return 'unsatisfiable';
  return { start, end };
}

function sendError(req: IncomingMessage, res: ServerResponse, status: number, code: string, message: string) {
  // S3 answers HEAD errors with the status alone.
  if (req.method === 'HEAD') return res.writeHead(status).end();
  sendXml(res, status, `<Error><Code>${code}</Code><Message>${message}</Message></Error>`);
  req.resume();
}

function sendXml(res: ServerResponse, status: number, body: string) {
  res.writeHead(status, { 'content-type': 'application/xml' }).end(`<?xml version="1.0" encoding="UTF-8"?>\n${body}`);
}
