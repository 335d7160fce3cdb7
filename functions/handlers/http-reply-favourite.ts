/** POST /api/replies/{replyId}/favourite: `{ favourite }` marks or unmarks a reply as one of the agent's favourites. */
import { ReplyFavouriteBody } from '../protocol';
import { markFavourite } from '../domain/replies';
import { bearer, failure, parseBody, type HttpHandler } from './lib/http';
import { answerRefusals, replyIdOf } from './lib/refusals';

export const handler: HttpHandler = async (event) => {
  const claims = await bearer(event, Math.floor(Date.now() / 1000));
  if (claims?.role !== 'agent') return failure(401, 'Please log in');
  const replyId = replyIdOf(event.pathParameters?.replyId);
  if (!replyId) return failure(404, 'No such reply');
  const body = parseBody(event, ReplyFavouriteBody);
  if (!body.ok) return body.response;
  return answerRefusals(async () => {
    await markFavourite(claims.subject, replyId, body.value.favourite);
    return { statusCode: 204 };
  });
};
