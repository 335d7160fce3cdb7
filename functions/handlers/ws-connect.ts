/** `$connect`: admits a connection only with a valid single-use ticket, and not too many per address. Never posts to the connection here. */
import type { APIGatewayProxyResultV2, APIGatewayProxyWebsocketEventV2 } from 'aws-lambda';
import { admit } from '../domain/connections';
import { originHeader } from '../domain/origins';
import { allowFromAddress } from '../domain/abuse-limits';
import { now } from '../adapters/clock';

type ConnectEvent = APIGatewayProxyWebsocketEventV2 & {
  queryStringParameters?: Record<string, string | undefined>;
  headers?: Record<string, string | undefined>;
};

export async function handler(event: ConnectEvent): Promise<APIGatewayProxyResultV2> {
  if (!(await allowFromAddress('connect', sourceIp(event), now()))) return { statusCode: 429 };
  const admitted = await admit(event.requestContext.connectionId, event.queryStringParameters?.ticket, now(), originHeader(event.headers), event.queryStringParameters?.channel);
  return { statusCode: admitted ? 200 : 401 };
}

/** API Gateway sets `identity.sourceIp` on WebSocket events; the aws-lambda types leave it out. */
const sourceIp = (event: ConnectEvent) => (event.requestContext as { identity?: { sourceIp?: string } }).identity?.sourceIp;
