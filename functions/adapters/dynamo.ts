/** The DynamoDB document client, built once per runtime (Lambda container or local worker). */
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { config } from '../config';

// With no DYNAMODB_ENDPOINT the endpoint stays unset (undefined, not ''), so the SDK's own
// AWS_ENDPOINT_URL_DYNAMODB still applies, e.g. for a VPC endpoint.
export const db = DynamoDBDocumentClient.from(
  new DynamoDBClient({ endpoint: config.dynamoEndpoint, maxAttempts: 3 }),
  { marshallOptions: { removeUndefinedValues: true } },
);

export const TableName = config.tableName;

/** DynamoDB refused a write because its condition did not hold: someone else changed the item first. */
export function isConditionFailed(error: unknown): boolean {
  return (error as { name?: string })?.name === 'ConditionalCheckFailedException';
}

/**
 * What a host may install as `globalThis.__parleyMetrics` to count DynamoDB capacity (the local
 * runtime's Lambda worker does, for the benchmark). Without one, every call goes out unchanged.
 */
export interface CapacityRecorder {
  /** `consumed` is the response's ConsumedCapacity; `errorName` is set when the call failed. */
  dynamo(operation: string, consumed: unknown, errorName?: string): void;
}

const recorder = () => (globalThis as { __parleyMetrics?: CapacityRecorder }).__parleyMetrics;

db.middlewareStack.add(
  (next, context) => async (args) => {
    const metrics = recorder();
    if (!metrics) return next(args);
    // Asking DynamoDB for the capacity a call used costs nothing extra; the answer carries it.
    (args.input as { ReturnConsumedCapacity?: string }).ReturnConsumedCapacity ??= 'TOTAL';
    try {
      const result = await next(args);
      metrics.dynamo(context.commandName ?? 'unknown', (result.output as { ConsumedCapacity?: unknown }).ConsumedCapacity);
      return result;
    } catch (error) {
      metrics.dynamo(context.commandName ?? 'unknown', undefined, (error as { name?: string })?.name ?? 'Error');
      throw error;
    }
  },
  { step: 'initialize', name: 'parleyCapacityRecorder' },
);
