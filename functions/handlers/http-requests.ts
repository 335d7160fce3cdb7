/** GET /api/requests: the newest requests, for agents. */
import type { RequestsResponse } from '../protocol';
import { recentRequests } from '../domain/requests';
import { bearer, failure, json, type HttpHandler } from './lib/http';

export const handler: HttpHandler = async (event) => {
  const claims = await bearer(event, Math.floor(Date.now() / 1000));
  if (claims?.role !== 'agent') return failure(401, 'Please log in');
  return json(200, { requests: await recentRequests() } satisfies RequestsResponse);
};
