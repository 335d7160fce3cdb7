/** Posting to browsers through API Gateway's management API (the local runtime serves the same API). */
import {
  ApiGatewayManagementApiClient,
  DeleteConnectionCommand,
  GetConnectionCommand,
  GoneException,
  PostToConnectionCommand,
} from '@aws-sdk/client-apigatewaymanagementapi';
import { config } from '../config';
import type { ServerFrame } from '../protocol';

let client: ApiGatewayManagementApiClient | undefined;

function management(): ApiGatewayManagementApiClient {
  if (!config.connectionsEndpoint) throw new Error('Environment variable WS_MANAGEMENT_ENDPOINT is not set');
  client ??= new ApiGatewayManagementApiClient({ endpoint: config.connectionsEndpoint, maxAttempts: 2 });
  return client;
}

export type PostOutcome = 'sent' | 'gone';

/** Sends one frame; 'gone' when the connection no longer exists (HTTP 410), so the caller can forget it. */
export async function postFrame(connectionId: string, frame: ServerFrame): Promise<PostOutcome> {
  return postEncoded(connectionId, encodeFrame(frame));
}

/** A post's body, serialised once, to post to many connections. */
export type EncodedFrame = Uint8Array;

export function encodeFrame(frame: ServerFrame): EncodedFrame {
  return Buffer.from(JSON.stringify(frame));
}

/** Sends one already encoded post; the same outcomes as `postFrame`. */
export async function postEncoded(connectionId: string, data: EncodedFrame): Promise<PostOutcome> {
  try {
    await management().send(new PostToConnectionCommand({ ConnectionId: connectionId, Data: data }));
    return 'sent';
  } catch (error) {
    if (error instanceof GoneException || (error as { name?: string }).name === 'GoneException') return 'gone';
    throw error;
  }
}

/** Whether API Gateway still has the connection: false when it answers 410, as for a closed one (or one still in its `$connect`). */
export async function connectionOpen(connectionId: string): Promise<boolean> {
  try {
    await management().send(new GetConnectionCommand({ ConnectionId: connectionId }));
    return true;
  } catch (error) {
    if (error instanceof GoneException || (error as { name?: string }).name === 'GoneException') return false;
    throw error;
  }
}

/** Whether this process can reach the management API (the admin command without a running runtime cannot). */
export const canManageConnections = () => !!config.connectionsEndpoint;

/** Closes a connection; already gone is fine. */
export async function closeConnection(connectionId: string): Promise<void> {
  try {
    await management().send(new DeleteConnectionCommand({ ConnectionId: connectionId }));
  } catch (error) {
    if ((error as { name?: string }).name !== 'GoneException') throw error;
  }
}
