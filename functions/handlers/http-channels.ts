/** GET /api/channels: every channel with its settings, for managers and admins. */
import type { ChannelsResponse } from '../protocol';
import { agentProfile } from '../domain/agents';
import { listChannels } from '../domain/channels';
import { bearer, failure, json, type HttpHandler } from './lib/http';

export const handler: HttpHandler = async (event) => {
  const claims = await bearer(event, Math.floor(Date.now() / 1000));
  if (claims?.role !== 'agent') return failure(401, 'Please log in');
  const role = (await agentProfile(claims.subject))?.role;
  if (role !== 'admin' && role !== 'manager') return failure(403, 'Only managers and admins can see channel settings');
  return json(200, { channels: await listChannels() } satisfies ChannelsResponse);
};
