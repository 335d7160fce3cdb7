/** POST /api/replies/{replyId}/delete: removes a reply (shared ones only by admins). */
import { deleteReply } from '../domain/replies';
import { bearer, failure, type HttpHandler } from './lib/http';
import { answerRefusals, replyIdOf } from './lib/refusals';

export const handler: HttpHandler = async (event) => {
  const claims = await bearer(event, Math.floor(Date.now() / 1000));
  if (claims?.role !== 'agent') return failure(401, 'Please log in');
  const replyId = replyIdOf(event.pathParameters?.replyId);
  if (!replyId) return failure(404, 'No such reply');
  return answerRefusals(async () => {
    await deleteReply(claims.subject, replyId, Date.now());
    return { statusCode: 204 };
  });
};
