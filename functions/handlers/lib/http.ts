/** What every HTTP API handler shares: JSON in and out, bearer tokens, clear 4xx errors. */
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import type * as v from 'valibot';
import { parseWith, type HttpError } from '../../protocol';
import { verifyToken, type TokenClaims } from '../../domain/tokens';
import { RefusedError } from '../../domain/errors';
import { standingAgent } from '../../domain/agent-sessions';

export type HttpHandler = (event: APIGatewayProxyEventV2) => Promise<APIGatewayProxyStructuredResultV2>;

export function json(statusCode: number, body: unknown): APIGatewayProxyStructuredResultV2 {
  return { statusCode, headers: { 'content-type': 'application/json', 'cache-control': 'no-store' }, body: JSON.stringify(body) };
}

export const failure = (statusCode: number, error: string, field?: string) => json(statusCode, { error, ...(field && { field }) } satisfies HttpError);

type Parsed<T> = { ok: true; value: T } | { ok: false; response: APIGatewayProxyStructuredResultV2 };

export function parseBody<S extends v.GenericSchema>(event: APIGatewayProxyEventV2, schema: S): Parsed<v.InferOutput<S>> {
  let body: unknown;
  try {
    const raw = event.isBase64Encoded && event.body ? Buffer.from(event.body, 'base64').toString('utf8') : event.body;
    body = JSON.parse(raw || '{}');
  } catch {
    return { ok: false, response: failure(400, 'Request body is not valid JSON') };
  }
  const parsed = parseWith(schema, body);
  return parsed.ok ? parsed : { ok: false, response: failure(400, parsed.reason, parsed.field) };
}

/** The verified claims of the request's `Authorization: Bearer` token, if any; an agent's only while their session stands. */
export async function bearer(event: APIGatewayProxyEventV2, nowSeconds: number): Promise<TokenClaims | undefined> {
  const header = event.headers?.authorization ?? event.headers?.Authorization;
  const match = header?.match(/^Bearer ([A-Za-z0-9._-]+)$/);
  const claims = match ? await verifyToken(match[1], nowSeconds) : undefined;
  // A deactivated agent, or one whose sessions an admin ended, is signed out here on every route.
  if (claims?.role === 'agent' && !(await standingAgent(claims))) return undefined;
  return claims;
}

const REFUSAL_STATUS: Record<string, number> = { 'bad-frame': 400, forbidden: 403, 'not-found': 404, 'file-too-large': 413, 'file-type-not-allowed': 415 };

/** Runs a domain operation, answering its refusal (RefusedError) with a matching 4xx and its message. */
export async function asHttpFailure(operation: () => Promise<APIGatewayProxyStructuredResultV2>): Promise<APIGatewayProxyStructuredResultV2> {
  try {
    return await operation();
  } catch (error) {
    if (!(error instanceof RefusedError)) throw error;
    return failure(REFUSAL_STATUS[error.code] ?? 409, error.message, error.field);
  }
}
