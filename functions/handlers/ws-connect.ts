/** `$connect`: admits a connection only with a valid single-use ticket. Never posts to the connection here. */
import type { APIGatewayProxyResultV2, APIGatewayProxyWebsocketEventV2 } from 'aws-lambda';
import { admit } from '../domain/connections';
import { originHeader } from '../domain/origins';

type ConnectEvent = APIGatewayProxyWebsocketEventV2 & {
  queryStringParameters?: Record<string, string | undefined>;
  headers?: Record<string, string | undefined>;
};

export async function handler(event: ConnectEvent): Promise<APIGatewayProxyResultV2> {
  const admitted = await admit(event.requestContext.connectionId, event.queryStringParameters?.ticket, Date.now(), originHeader(event.headers));
  return { statusCode: admitted ? 200 : 401 };
}
