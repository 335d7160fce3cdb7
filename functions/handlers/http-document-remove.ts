/** POST /api/documents/{documentId}/remove: an admin takes a document out of the library. */
import { removeDocument } from '../domain/documents';
import { asHttpFailure, bearer, failure, type HttpHandler } from './lib/http';

export const handler: HttpHandler = async (event) => {
  const claims = await bearer(event, Math.floor(Date.now() / 1000));
  if (claims?.role !== 'agent') return failure(401, 'Please log in');
  const documentId = event.pathParameters?.documentId ?? '';
  if (!/^[A-Za-z0-9_-]{8,64}$/.test(documentId)) return failure(404, 'No such document in the library');
  return asHttpFailure(async () => {
    await removeDocument(claims.subject, documentId);
    return { statusCode: 204 };
  });
};
