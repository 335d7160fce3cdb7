/** Lambda events in API Gateway's WebSocket shape, so handlers cannot tell local from AWS. */
import { randomBytes, randomUUID } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';

export interface ApiIdentity { apiId: string; stage: string; domainName: string }
export interface ConnectionFacts { connectionId: string; connectedAt: number; sourceIp: string; userAgent?: string }

type EventType = 'CONNECT' | 'MESSAGE' | 'DISCONNECT';

function requestContext(api: ApiIdentity, c: ConnectionFacts, routeKey: string, eventType: EventType) {
  const now = Date.now();
  return {
    routeKey,
    eventType,
    messageDirection: 'IN',
    connectionId: c.connectionId,
    connectedAt: c.connectedAt,
    requestId: randomBytes(8).toString('base64url'),
    extendedRequestId: randomUUID(),
    messageId: eventType === 'MESSAGE' ? randomBytes(8).toString('base64url') : undefined,
    requestTime: new Date(now).toUTCString(),
    requestTimeEpoch: now,
    domainName: api.domainName,
    stage: api.stage,
    apiId: api.apiId,
    identity: { sourceIp: c.sourceIp, userAgent: c.userAgent },
  };
}

/** Headers and the query string reach only `$connect`, as on AWS. */
export function connectEvent(api: ApiIdentity, c: ConnectionFacts, headers: IncomingHttpHeaders, query: URLSearchParams) {
  const flat = Object.fromEntries(Object.entries(headers).map(([k, v]) => [k, Array.isArray(v) ? v.join(',') : v ?? '']));
  const multi = Object.fromEntries(Object.entries(headers).map(([k, v]) => [k, Array.isArray(v) ? v : [v ?? '']]));
  const queryStringParameters = query.size ? Object.fromEntries(query) : undefined;
  const multiValueQueryStringParameters = query.size ? Object.fromEntries([...new Set(query.keys())].map((k) => [k, query.getAll(k)])) : undefined;
  return {
    headers: flat, multiValueHeaders: multi, queryStringParameters, multiValueQueryStringParameters,
    requestContext: requestContext(api, c, '$connect', 'CONNECT'), isBase64Encoded: false,
  };
}

export function messageEvent(api: ApiIdentity, c: ConnectionFacts, routeKey: string, body: string) {
  return { requestContext: requestContext(api, c, routeKey, 'MESSAGE'), body, isBase64Encoded: false };
}

export function disconnectEvent(api: ApiIdentity, c: ConnectionFacts, statusCode: number, reason: string) {
  return {
    requestContext: { ...requestContext(api, c, '$disconnect', 'DISCONNECT'), disconnectStatusCode: statusCode, disconnectReason: reason },
    isBase64Encoded: false,
  };
}

/** API Gateway routes on `$request.body.action`; unparseable JSON or an unknown action goes to `$default`. */
export function selectRoute(body: string, routes: Set<string>): string {
  try {
    const action = (JSON.parse(body) as { action?: unknown })?.action;
    if (typeof action === 'string' && !action.startsWith('$') && routes.has(action)) return action;
  } catch {
    // not JSON: $default
  }
  return '$default';
}
