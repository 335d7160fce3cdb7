/** GET /api/stats/live: the Dashboard's live figures when it opens; changes arrive as `stats.live` frames. */
import type { LiveFigures } from '../protocol';
import { now } from '../adapters/clock';
import { liveFigures } from '../domain/stats';
import { bearer, failure, json, type HttpHandler } from './lib/http';

export const handler: HttpHandler = async (event) => {
  const claims = await bearer(event, Math.floor(Date.now() / 1000));
  if (claims?.role !== 'agent') return failure(401, 'Please log in');
  return json(200, (await liveFigures(now())) satisfies LiveFigures);
};
