/** POST /api/offline-requests: the offline form; stores a request and tells the customer its number. */
import { OfflineRequestBody, type OfflineRequestResponse } from '../protocol';
import { createOfflineRequest } from '../domain/requests';
import { asHttpFailure, bearer, failure, json, parseBody, type HttpHandler } from './lib/http';

export const handler: HttpHandler = async (event) => {
  const now = Date.now();
  const claims = await bearer(event, Math.floor(now / 1000));
  if (claims?.role !== 'customer') return failure(401, 'A visitor token is required');
  const body = parseBody(event, OfflineRequestBody);
  if (!body.ok) return body.response;
  return asHttpFailure(async () => {
    const request = await createOfflineRequest(claims.subject, body.value, now);
    return json(201, { requestId: request.requestId, number: request.number } satisfies OfflineRequestResponse);
  });
};
