/** POST /api/visitors?channel=…: a new anonymous customer identity, kept by the widget, with a first WebSocket ticket and the channel's availability. */
import { welcomeVisitor } from '../domain/visitors';
import { DEFAULT_CHANNEL } from '../protocol/channel-defaults';
import { json, type HttpHandler } from './lib/http';
import { now } from '../adapters/clock';

export const handler: HttpHandler = async (event) => {
  const channel = event.queryStringParameters?.channel ?? DEFAULT_CHANNEL;
  return json(200, await welcomeVisitor(channel, now()));
};
