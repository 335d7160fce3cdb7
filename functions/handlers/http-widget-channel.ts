/** GET /api/widget/{channelId}: what the widget shows for its channel; public, like the widget itself. */
import { CHANNEL_ID } from '../protocol';
import { getChannel, widgetView } from '../domain/channels';
import { failure, json, type HttpHandler } from './lib/http';
import { now } from '../adapters/clock';

export const handler: HttpHandler = async (event) => {
  const channelId = event.pathParameters?.channelId ?? '';
  const channel = CHANNEL_ID.test(channelId) ? await getChannel(channelId) : undefined;
  return channel ? json(200, widgetView(channel.settings, now())) : failure(404, 'No such channel');
};
