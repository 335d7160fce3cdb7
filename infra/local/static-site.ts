/** Serves the built console, widget and demo page, plus the `config.json` that tells them where the APIs are. */
import { readFile } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';
import type { ClientConfig } from '../../functions/protocol/http';
import { staticHeaders } from './security-headers';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
};

/** `filesOrigin`: the local S3 endpoint's origin, which the pages' policy must allow for uploads and previews. */
export async function serveStatic(root: string, req: IncomingMessage, res: ServerResponse, filesOrigin?: string): Promise<void> {
  const path = new URL(req.url ?? '/', 'http://local').pathname;
  if (path === '/config.json') return sendConfig(req, res);
  if (path === '/') {
    res.writeHead(302, { location: '/demo/' }).end();
    return;
  }
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.writeHead(405).end();
    return;
  }
  const relative = normalize(decodeURIComponent(path)).replace(/^([/\\])+/, '');
  const file = join(root, relative.endsWith(sep) || relative === '' || path.endsWith('/') ? join(relative, 'index.html') : relative);
  if (!file.startsWith(root + sep)) {
    res.writeHead(404).end();
    return;
  }
  try {
    const body = await readFile(file);
    const contentType = TYPES[extname(file)] ?? 'application/octet-stream';
    res.writeHead(200, {
      'content-type': contentType,
      ...staticHeaders(contentType, req.headers.host ?? 'localhost', filesOrigin),
      // The widget loads from other sites' pages.
      'access-control-allow-origin': '*',
      'cache-control': 'no-cache',
    }).end(req.method === 'HEAD' ? undefined : body);
  } catch {
    if (!extname(path) && !path.endsWith('/')) {
      res.writeHead(301, { location: `${path}/` }).end();
      return;
    }
    res.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
  }
}

/** Same origin as the page asked for, so it works behind whatever host name the browser used. */
function sendConfig(req: IncomingMessage, res: ServerResponse) {
  const host = req.headers.host ?? 'localhost';
  const config: ClientConfig = { apiBase: `http://${host}`, wsUrl: `ws://${host}/ws` };
  res.writeHead(200, { 'content-type': 'application/json', 'access-control-allow-origin': '*', 'cache-control': 'no-store', 'x-content-type-options': 'nosniff' }).end(JSON.stringify(config));
}
