/** GET /api/chats/{chatId}: a chat and its messages, for agents (earlier chats in the side panel). */
import type { TranscriptResponse } from '../protocol';
import { transcript } from '../domain/transcripts';
import { bearer, failure, json, type HttpHandler } from './lib/http';

export const handler: HttpHandler = async (event) => {
  const claims = await bearer(event, Math.floor(Date.now() / 1000));
  if (claims?.role !== 'agent') return failure(401, 'Please log in');
  const chatId = event.pathParameters?.chatId ?? '';
  const found = /^[A-Za-z0-9_-]{8,64}$/.test(chatId) ? await transcript(chatId) : undefined;
  return found ? json(200, found satisfies TranscriptResponse) : failure(404, 'No such chat');
};
