/** POST /api/replies: a new reply; shared ones only from admins. 201 when made, 200 when it already was. */
import { ReplyCreateBody } from '../protocol';
import { createReply } from '../domain/replies';
import { bearer, failure, json, parseBody, type HttpHandler } from './lib/http';
import { answerRefusals } from './lib/refusals';

export const handler: HttpHandler = async (event) => {
  const now = Date.now();
  const claims = await bearer(event, Math.floor(now / 1000));
  if (claims?.role !== 'agent') return failure(401, 'Please log in');
  const body = parseBody(event, ReplyCreateBody);
  if (!body.ok) return body.response;
  return answerRefusals(async () => {
    const { created, reply } = await createReply(claims.subject, body.value, now);
    return json(created ? 201 : 200, reply);
  });
};
