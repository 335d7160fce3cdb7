/** POST /api/visitors?channel=…: a new anonymous customer identity, kept by the widget, with a first WebSocket ticket and the channel's availability. */
import { CHANNEL_ID } from '../protocol';
import { welcomeVisitor } from '../domain/visitors';
import { DEFAULT_CHANNEL } from '../protocol/channel-defaults';
import { failure, json, type HttpHandler } from './lib/http';
import { now } from '../adapters/clock';

export const handler: HttpHandler = async (event) => {
  const channel = event.queryStringParameters?.channel ?? DEFAULT_CHANNEL;
  if (!CHANNEL_ID.test(channel)) return failure(400, 'channel: use 1-40 lowercase letters, digits and dashes');
  return json(200, await welcomeVisitor(channel, now()));
};
