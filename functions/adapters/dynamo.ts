/** The DynamoDB document client, built once per runtime (Lambda container or local worker). */
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { config } from '../config';

export const db = DynamoDBDocumentClient.from(
  new DynamoDBClient({ endpoint: config.dynamoEndpoint, maxAttempts: 3 }),
  { marshallOptions: { removeUndefinedValues: true } },
);

export const TableName = config.tableName;

/** DynamoDB refused a write because its condition did not hold: someone else changed the item first. */
export function isConditionFailed(error: unknown): boolean {
  return (error as { name?: string })?.name === 'ConditionalCheckFailedException';
}
