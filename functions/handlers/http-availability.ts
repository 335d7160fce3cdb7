/** GET /api/availability?channel=…: whether a customer opening the widget can chat now, or sees the offline form. */
import type { AvailabilityResponse } from '../protocol';
import { channelAvailable } from '../domain/availability';
import { DEFAULT_CHANNEL } from '../protocol/channel-defaults';
import { json, type HttpHandler } from './lib/http';
import { now } from '../adapters/clock';

export const handler: HttpHandler = async (event) => {
  const channel = event.queryStringParameters?.channel ?? DEFAULT_CHANNEL;
  return json(200, { online: await channelAvailable(channel, now()) } satisfies AvailabilityResponse);
};
