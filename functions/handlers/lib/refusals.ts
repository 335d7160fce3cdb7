/** Turns a domain refusal into the HTTP answer a browser understands; anything else is a 500. */
import type { APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import type { ErrorCode } from '../../protocol';
import { RefusedError } from '../../domain/errors';
import { failure } from './http';

const STATUS: Partial<Record<ErrorCode, number>> = { 'bad-frame': 400, forbidden: 403, 'not-found': 404, conflict: 409 };

export async function answerRefusals(work: () => Promise<APIGatewayProxyStructuredResultV2>): Promise<APIGatewayProxyStructuredResultV2> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof RefusedError && STATUS[error.code]) return failure(STATUS[error.code]!, error.message, error.field);
    throw error;
  }
}

/** A path's `{replyId}` (or other id of ours), or undefined when it cannot be one. */
export const replyIdOf = (value: string | undefined) => (value && /^[A-Za-z0-9_-]{8,64}$/.test(value) ? value : undefined);
export const personIdOf = replyIdOf;
