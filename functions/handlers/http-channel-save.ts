/** POST /api/channels: an admin creates or changes a channel, from the version they edited. */
import { ChannelSaveBody } from '../protocol';
import { agentProfile } from '../domain/agents';
import { saveChannel, tellConsolesChannelsChanged } from '../domain/channels';
import { broadcastQueue } from '../domain/queue';
import { endForbiddenListening } from '../domain/listen-in';
import { bearer, failure, json, parseBody, type HttpHandler } from './lib/http';

export const handler: HttpHandler = async (event) => {
  const now = Date.now();
  const claims = await bearer(event, Math.floor(now / 1000));
  if (claims?.role !== 'agent') return failure(401, 'Please log in');
  if ((await agentProfile(claims.subject))?.role !== 'admin') return failure(403, 'Only admins can change channel settings');
  const body = parseBody(event, ChannelSaveBody);
  if (!body.ok) return body.response;
  const outcome = await saveChannel(body.value, { id: claims.subject, name: claims.name }, now);
  if (!outcome.ok && outcome.reason === 'invalid') return failure(400, outcome.error, outcome.field);
  if (!outcome.ok && outcome.reason === 'exists') return failure(409, `A channel with the id "${body.value.settings.id}" already exists; choose another id`, 'id');
  if (!outcome.ok) return failure(409, 'This channel was changed by someone else; reload it and apply your change again');
  // Every console's "agents available" for the channel changes now, not at the next queue change;
  // an agent who may no longer listen in stops hearing the chat before their console is told;
  // and every console reads the channels again, for their names, its agent's permissions and warning times.
  if (outcome.servingChanged) await Promise.all([broadcastQueue(now), endForbiddenListening(now)]);
  await tellConsolesChannelsChanged(now);
  return json(200, outcome.channel);
};
