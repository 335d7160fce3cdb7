/** GET /api/history?q=&before=: ended chats matching the words, newest first, a page at a time (agents). */
import { HistoryQuery, parseWith, type HistoryResponse } from '../protocol';
import { searchHistory } from '../domain/history';
import { bearer, failure, json, type HttpHandler } from './lib/http';

export const handler: HttpHandler = async (event) => {
  const claims = await bearer(event, Math.floor(Date.now() / 1000));
  if (claims?.role !== 'agent') return failure(401, 'Please log in');
  const query = parseWith(HistoryQuery, event.queryStringParameters ?? {});
  if (!query.ok) return failure(400, query.reason);
  return json(200, (await searchHistory(query.value.q ?? '', query.value.before, Date.now())) satisfies HistoryResponse);
};
