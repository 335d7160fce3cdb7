/** GET /api/stats?from=YYYY-MM-DD&to=YYYY-MM-DD[&channel=…]: the figures of a range, for managers and admins. */
import { parseWith, StatsQuery, type StatsFigures } from '../protocol';
import { figuresFor, mayViewStatistics, StatsRangeError } from '../domain/stats';
import { bearer, failure, json, type HttpHandler } from './lib/http';

export const handler: HttpHandler = async (event) => {
  const claims = await bearer(event, Math.floor(Date.now() / 1000));
  if (claims?.role !== 'agent') return failure(401, 'Please log in');
  if (!(await mayViewStatistics(claims.subject))) return failure(403, 'Statistics are for managers and admins');
  const { from, to, channel } = event.queryStringParameters ?? {};
  const query = parseWith(StatsQuery, { from, to, ...(channel ? { channel } : {}) });
  if (!query.ok) return failure(400, query.reason);
  try {
    return json(200, (await figuresFor(query.value)) satisfies StatsFigures);
  } catch (error) {
    if (error instanceof StatsRangeError) return failure(400, error.message);
    throw error;
  }
};
