/** GET /api/widget/{channelId}/faq?q=…: FAQ entries matching a question being typed; public, limited per address. */
import { CHANNEL_ID, MAX_TEXT, type FaqSuggestionsResponse } from '../protocol';
import { allowFromAddress } from '../domain/abuse-limits';
import { suggestFaqs } from '../domain/faq-suggestions';
import { asHttpFailure, failure, json, type HttpHandler } from './lib/http';

export const handler: HttpHandler = async (event) => {
  const channelId = event.pathParameters?.channelId ?? '';
  const question = event.queryStringParameters?.q ?? '';
  if (!CHANNEL_ID.test(channelId)) return failure(404, 'No such channel');
  if (question.length > MAX_TEXT) return failure(400, `q: must be at most ${MAX_TEXT} characters`);
  if (!(await allowFromAddress('faq', event.requestContext.http.sourceIp, Date.now()))) return failure(429, 'Too many requests; wait a minute and try again');
  return asHttpFailure(async () => json(200, { suggestions: await suggestFaqs(channelId, question) } satisfies FaqSuggestionsResponse));
};
