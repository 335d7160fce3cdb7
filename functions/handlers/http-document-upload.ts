/** POST /api/documents: an admin asks where to upload a new library document. */
import { DocumentUploadBody } from '../protocol';
import { startDocumentUpload } from '../domain/documents';
import { asHttpFailure, bearer, failure, json, parseBody, type HttpHandler } from './lib/http';

export const handler: HttpHandler = async (event) => {
  const now = Date.now();
  const claims = await bearer(event, Math.floor(now / 1000));
  if (claims?.role !== 'agent') return failure(401, 'Please log in');
  const body = parseBody(event, DocumentUploadBody);
  if (!body.ok) return body.response;
  return asHttpFailure(async () => json(200, await startDocumentUpload(claims.subject, body.value, now)));
};
