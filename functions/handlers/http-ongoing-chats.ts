/** GET /api/ongoing-chats: the Dashboard's Ongoing chat sessions, for agents. */
import type { OngoingChatsResponse } from '../protocol';
import { ongoingChats } from '../domain/listen-in';
import { bearer, failure, json, type HttpHandler } from './lib/http';

export const handler: HttpHandler = async (event) => {
  const now = Date.now();
  const claims = await bearer(event, Math.floor(now / 1000));
  if (claims?.role !== 'agent') return failure(401, 'Please log in');
  return json(200, { chats: await ongoingChats(claims.subject, now) } satisfies OngoingChatsResponse);
};
