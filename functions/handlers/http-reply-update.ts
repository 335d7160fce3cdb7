/** POST /api/replies/{replyId}: edits a reply's folder, title, text, Dutch text or link. */
import { ReplyUpdateBody } from '../protocol';
import { updateReply } from '../domain/replies';
import { bearer, failure, json, parseBody, type HttpHandler } from './lib/http';
import { answerRefusals, replyIdOf } from './lib/refusals';

export const handler: HttpHandler = async (event) => {
  const now = Date.now();
  const claims = await bearer(event, Math.floor(now / 1000));
  if (claims?.role !== 'agent') return failure(401, 'Please log in');
  const replyId = replyIdOf(event.pathParameters?.replyId);
  if (!replyId) return failure(404, 'No such reply');
  const body = parseBody(event, ReplyUpdateBody);
  if (!body.ok) return body.response;
  return answerRefusals(async () => json(200, await updateReply(claims.subject, replyId, body.value, now)));
};
