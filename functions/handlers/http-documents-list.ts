/** GET /api/documents: the document library, for agents to pick from. */
import { listDocuments } from '../domain/documents';
import { bearer, failure, json, type HttpHandler } from './lib/http';

export const handler: HttpHandler = async (event) => {
  const claims = await bearer(event, Math.floor(Date.now() / 1000));
  if (claims?.role !== 'agent') return failure(401, 'Please log in');
  return json(200, { documents: await listDocuments() });
};
