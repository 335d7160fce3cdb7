/** `$disconnect`: forgets the connection. API Gateway sends this best-effort; the sweeper and 410s cover the rest. */
import type { APIGatewayProxyResultV2, APIGatewayProxyWebsocketEventV2 } from 'aws-lambda';
import { release } from '../domain/connections';

export async function handler(event: APIGatewayProxyWebsocketEventV2): Promise<APIGatewayProxyResultV2> {
  await release(event.requestContext.connectionId, event.requestContext.requestTimeEpoch);
  return { statusCode: 200 };
}
