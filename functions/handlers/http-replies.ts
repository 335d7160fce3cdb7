/** GET /api/replies: the FAQ, templates and quick replies the agent may insert, with favourites and recent uses. */
import { repliesFor } from '../domain/replies';
import { bearer, failure, json, type HttpHandler } from './lib/http';

export const handler: HttpHandler = async (event) => {
  const claims = await bearer(event, Math.floor(Date.now() / 1000));
  if (claims?.role !== 'agent') return failure(401, 'Please log in');
  return json(200, await repliesFor(claims.subject));
};
