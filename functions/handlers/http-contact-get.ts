/** GET /api/contacts/{personId}: the side panel: details, earlier chats, requests, activities. */
import { personPanel } from '../domain/contacts';
import { bearer, failure, json, type HttpHandler } from './lib/http';

export const handler: HttpHandler = async (event) => {
  const claims = await bearer(event, Math.floor(Date.now() / 1000));
  if (claims?.role !== 'agent') return failure(401, 'Please log in');
  const personId = event.pathParameters?.personId ?? '';
  const panel = /^[A-Za-z0-9_-]{8,64}$/.test(personId) ? await personPanel(personId) : undefined;
  return panel ? json(200, panel) : failure(404, 'No such contact');
};
