/**
 * Signature Version 4 checks for the local S3, as S3 makes them: the signature is recomputed with
 * the runtime's own credentials, from an Authorization header (SDK calls) or from the query of a
 * presigned URL. Every signed header counts, so a presigned PUT that signs `content-length`
 * refuses any other body size (https://docs.aws.amazon.com/AmazonS3/latest/API/sigv4-query-string-auth.html).
 */
import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

export interface Credentials { accessKeyId: string; secretAccessKey: string }

export type Verdict =
  | { ok: true }
  | { ok: false; code: 'AccessDenied' | 'SignatureDoesNotMatch' | 'AuthorizationQueryParametersError'; message: string };

const ALGORITHM = 'AWS4-HMAC-SHA256';
/** Presigned URLs live at most seven days on S3. */
const MAX_EXPIRES_SECONDS = 7 * 24 * 3600;

interface Signed { credential: string; signedHeaders: string; signature: string; amzDate: string; payloadHash: string; query: URLSearchParams }

export function verifyRequest(req: IncomingMessage, url: URL, credentials: Credentials, now = Date.now()): Verdict {
  const signed = fromHeader(req, url) ?? fromQuery(url);
  if (!signed) return { ok: false, code: 'AccessDenied', message: 'Anonymous access is not allowed' };
  const [keyId, date, region, service, terminator] = signed.credential.split('/');
  if (keyId !== credentials.accessKeyId || service !== 's3' || terminator !== 'aws4_request') {
    return { ok: false, code: 'AccessDenied', message: 'The access key id is not known to this store' };
  }
  if (url.searchParams.has('X-Amz-Signature')) {
    const expires = Number(url.searchParams.get('X-Amz-Expires'));
    if (!Number.isInteger(expires) || expires < 1 || expires > MAX_EXPIRES_SECONDS) {
      return { ok: false, code: 'AuthorizationQueryParametersError', message: 'X-Amz-Expires must be between 1 and 604800 seconds' };
    }
    if (parseAmzDate(signed.amzDate) + expires * 1000 < now) return { ok: false, code: 'AccessDenied', message: 'Request has expired' };
  }
  const scope = `${date}/${region}/s3/aws4_request`;
  const stringToSign = [ALGORITHM, signed.amzDate, scope, sha256(canonicalRequest(req, url, signed))].join('\n');
  const expected = Buffer.from(hmac(signingKey(credentials.secretAccessKey, date, region), stringToSign).toString('hex'));
  const given = Buffer.from(signed.signature);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
    return { ok: false, code: 'SignatureDoesNotMatch', message: 'The request signature we calculated does not match the signature you provided' };
  }
  return { ok: true };
}

function fromHeader(req: IncomingMessage, url: URL): Signed | undefined {
  const header = req.headers.authorization;
  if (!header?.startsWith(`${ALGORITHM} `)) return undefined;
  const parts = Object.fromEntries(header.slice(ALGORITHM.length + 1).split(/,\s*/).map((p) => p.split('=') as [string, string]));
  return {
    credential: parts.Credential ?? '', signedHeaders: parts.SignedHeaders ?? '', signature: parts.Signature ?? '',
    amzDate: String(req.headers['x-amz-date'] ?? ''), payloadHash: String(req.headers['x-amz-content-sha256'] ?? sha256('')),
    query: url.searchParams,
  };
}

function fromQuery(url: URL): Signed | undefined {
  const q = url.searchParams;
  if (q.get('X-Amz-Algorithm') !== ALGORITHM || !q.get('X-Amz-Signature')) return undefined;
  const query = new URLSearchParams([...q].filter(([name]) => name !== 'X-Amz-Signature'));
  return {
    credential: q.get('X-Amz-Credential') ?? '', signedHeaders: q.get('X-Amz-SignedHeaders') ?? '', signature: q.get('X-Amz-Signature') ?? '',
    amzDate: q.get('X-Amz-Date') ?? '', payloadHash: 'UNSIGNED-PAYLOAD', query,
  };
}

function canonicalRequest(req: IncomingMessage, url: URL, signed: Signed): string {
  const names = signed.signedHeaders.split(';').filter(Boolean);
  const headers = names.map((name) => `${name}:${headerValue(req, name)}\n`).join('');
  const query = [...signed.query]
    .map(([k, v]) => [encode(k), encode(v)])
    .sort(([a, x], [b, y]) => (a < b ? -1 : a > b ? 1 : x < y ? -1 : x > y ? 1 : 0))
    .map(([k, v]) => `${k}=${v}`)
    .join('&');
  // S3 signs the path as sent, without normalising or encoding it a second time.
  return [req.method, url.pathname, query, headers, signed.signedHeaders, signed.payloadHash].join('\n');
}

function headerValue(req: IncomingMessage, name: string): string {
  const value = req.headers[name];
  return (Array.isArray(value) ? value.join(',') : value ?? '').trim().replace(/\s+/g, ' ');
}

/** RFC 3986 encoding as SigV4 wants it: only unreserved characters stay as they are. */
function encode(value: string): string {
  return encodeURIComponent(value).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

function parseAmzDate(value: string): number {
  const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(value);
  return m ? Date.UTC(+m[1], +m[2] - 1, +m[3], +m[4], +m[5], +m[6]) : 0;
}

function signingKey(secret: string, date: string, region: string): Buffer {
  return hmac(hmac(hmac(hmac(Buffer.from(`AWS4${secret}`), date), region), 's3'), 'aws4_request');
}

const hmac = (key: Buffer, data: string) => createHmac('sha256', key).update(data).digest();
const sha256 = (data: string) => createHash('sha256').update(data).digest('hex');
