/** `$default`: frames whose `action` matches no route, or that are not JSON at all. */
import type { APIGatewayProxyResultV2, APIGatewayProxyWebsocketEventV2 } from 'aws-lambda';
import { parseClientFrame } from '../protocol';
import { reply } from '../domain/fanout';

export async function handler(event: APIGatewayProxyWebsocketEventV2): Promise<APIGatewayProxyResultV2> {
  const parsed = parseClientFrame(event.body);
  const message = parsed.ok ? 'This frame cannot be handled here' : parsed.reason;
  await reply(event.requestContext.connectionId, { type: 'error', code: parsed.ok ? 'unknown-action' : 'bad-frame', message });
  return { statusCode: 400 };
}
