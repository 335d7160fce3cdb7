/** GET /api/contacts?q=: people matching a name, email or phone. */
import type { ContactSearchResponse } from '../protocol';
import { searchContacts } from '../domain/contacts';
import { bearer, failure, json, type HttpHandler } from './lib/http';

export const handler: HttpHandler = async (event) => {
  const claims = await bearer(event, Math.floor(Date.now() / 1000));
  if (claims?.role !== 'agent') return failure(401, 'Please log in');
  const query = (event.queryStringParameters?.q ?? '').slice(0, 100);
  return json(200, { people: await searchContacts(query) } satisfies ContactSearchResponse);
};
