/** What every WebSocket route handler shares: validate the frame, find the caller, map refusals to error frames. */
import type { APIGatewayProxyResultV2, APIGatewayProxyWebsocketEventV2 } from 'aws-lambda';
import type * as v from 'valibot';
import { parseWith } from '../../protocol';
import { identify, type Caller } from '../../domain/caller';
import { RefusedError } from '../../domain/errors';
import { reply } from '../../domain/fanout';
import { identifyWithinRate, RATE_LIMITED_ACTIONS } from '../../domain/abuse-limits';
import { now as clockNow } from '../../adapters/clock';

export type WebSocketHandler = (event: APIGatewayProxyWebsocketEventV2) => Promise<APIGatewayProxyResultV2>;

/** Builds a route handler that runs `operation` only for a valid frame from a signed-in connection. */
export function route<S extends v.GenericSchema>(
  schema: S,
  operation: (caller: Caller, frame: v.InferOutput<S>, now: number, receivedAt: number) => Promise<void>,
): WebSocketHandler {
  return async (event) => {
    const { connectionId } = event.requestContext;
    const now = clockNow();
    // When the gateway took the frame, on the same clock: a handler that started late (cold) can still
    // tell that its frame came before another that was handled first.
    const receivedAt = Math.min(now, event.requestContext.requestTimeEpoch + now - Date.now());
    const json = parseJson(event.body);
    const ref = refOf(json);
    const parsed = parseWith(schema, json);
    if (!parsed.ok) {
      await reply(connectionId, { type: 'error', ref, code: 'bad-frame', message: parsed.reason, ...(parsed.field && { field: parsed.field }) });
      return { statusCode: 400 };
    }
    try {
      const action = (parsed.value as { action?: string }).action ?? '';
      const caller = RATE_LIMITED_ACTIONS.has(action) ? await identifyWithinRate(connectionId, now) : await identify(connectionId, now);
      await operation(caller, parsed.value, now, receivedAt);
      return { statusCode: 200 };
    } catch (error) {
      if (!(error instanceof RefusedError)) throw error;
      await reply(connectionId, { type: 'error', ref, code: error.code, message: error.message, ...(error.field && { field: error.field }), ...(error.limit !== undefined && { limit: error.limit }) });
      return { statusCode: 403 };
    }
  };
}

function parseJson(body: string | undefined): unknown {
  try {
    return body ? JSON.parse(body) : undefined;
  } catch {
    return undefined;
  }
}

/** Even a refused frame's `ref` is echoed, so the client can match the error to what it sent. */
function refOf(json: unknown): string | undefined {
  const ref = (json as { ref?: unknown } | undefined)?.ref;
  return typeof ref === 'string' ? ref.slice(0, 64) : undefined;
}
