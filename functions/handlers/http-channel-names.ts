/**
 * GET /api/channel-names: every channel's id and name, for any signed-in agent (the console names a
 * chat's channel with it), with what that agent may do there (which waiting chats are theirs to answer and be warned of).
 */
import type { ChannelNamesResponse } from '../protocol';
import { channelsSeenBy } from '../domain/channels';
import { bearer, failure, json, type HttpHandler } from './lib/http';

export const handler: HttpHandler = async (event) => {
  const claims = await bearer(event, Math.floor(Date.now() / 1000));
  if (claims?.role !== 'agent') return failure(401, 'Please log in');
  return json(200, { channels: await channelsSeenBy(claims.subject) } satisfies ChannelNamesResponse);
};
