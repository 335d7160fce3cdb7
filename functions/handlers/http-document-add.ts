/** POST /api/documents/{documentId}: the uploaded document is checked and added to the library. */
import { DocumentUploadBody } from '../protocol';
import { addDocument } from '../domain/documents';
import { asHttpFailure, bearer, failure, json, parseBody, type HttpHandler } from './lib/http';

export const handler: HttpHandler = async (event) => {
  const now = Date.now();
  const claims = await bearer(event, Math.floor(now / 1000));
  if (claims?.role !== 'agent') return failure(401, 'Please log in');
  const documentId = event.pathParameters?.documentId ?? '';
  if (!/^[A-Za-z0-9_-]{8,64}$/.test(documentId)) return failure(404, 'No such document');
  const body = parseBody(event, DocumentUploadBody);
  if (!body.ok) return body.response;
  return asHttpFailure(async () => json(201, await addDocument(claims.subject, documentId, body.value, now)));
};
