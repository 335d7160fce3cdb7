/** GET /api/channel-names: every channel's id and name, for any signed-in agent (the console names a chat's channel with it). */
import type { ChannelNamesResponse } from '../protocol';
import { listChannels } from '../domain/channels';
import { bearer, failure, json, type HttpHandler } from './lib/http';

export const handler: HttpHandler = async (event) => {
  const claims = await bearer(event, Math.floor(Date.now() / 1000));
  if (claims?.role !== 'agent') return failure(401, 'Please log in');
  const channels = (await listChannels()).map(({ settings }) => ({ id: settings.id, name: settings.name }));
  return json(200, { channels } satisfies ChannelNamesResponse);
};
