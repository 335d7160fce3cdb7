/** POST /api/replies/{replyId}/used: the agent inserted this reply; it heads their "Recently used". */
import { markUsed } from '../domain/replies';
import { bearer, failure, type HttpHandler } from './lib/http';
import { answerRefusals, replyIdOf } from './lib/refusals';

export const handler: HttpHandler = async (event) => {
  const now = Date.now();
  const claims = await bearer(event, Math.floor(now / 1000));
  if (claims?.role !== 'agent') return failure(401, 'Please log in');
  const replyId = replyIdOf(event.pathParameters?.replyId);
  if (!replyId) return failure(404, 'No such reply');
  return answerRefusals(async () => {
    await markUsed(claims.subject, replyId, now);
    return { statusCode: 204 };
  });
};
