/** Requests (support tickets), numbered per tenant by an atomic counter. */
import { PutCommand, QueryCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { db, TableName } from '../adapters/dynamo';
import { updateIf } from './conditional-update';
import type { RequestView } from '../protocol';
import { keys, REQUESTS } from './keys';

/** The next request number: 1, 2, 3… Atomic ADD, so two requests never share a number. */
export async function nextRequestNumber(): Promise<number> {
  const { Attributes } = await db.send(new UpdateCommand({
    TableName,
    Key: keys.counter('request'),
    UpdateExpression: 'ADD #value :one',
    ExpressionAttributeNames: { '#value': 'value' },
    ExpressionAttributeValues: { ':one': 1 },
    ReturnValues: 'UPDATED_NEW',
  }));
  return Attributes!.value as number;
}

export async function putRequest(request: RequestView): Promise<void> {
  await db.send(new PutCommand({ TableName, Item: { ...keys.request(request.number), ...request }, ConditionExpression: 'attribute_not_exists(pk)' }));
}

/** Sets the person a request is about; returns the request, or undefined if there is none with that number. */
export async function setRequestPerson(requestNumber: number, personId: string): Promise<RequestView | undefined> {
  const item = await updateIf<Record<string, unknown>>({
    Key: keys.request(requestNumber),
    UpdateExpression: 'SET personId = :p',
    ConditionExpression: 'attribute_exists(pk)',
    ExpressionAttributeValues: { ':p': personId },
    ReturnValues: 'ALL_NEW',
  });
  if (!item) return undefined;
  const { pk: _pk, sk: _sk, ...request } = item;
  return request as unknown as RequestView;
}

/** Newest first. */
export async function listRequests(limit: number): Promise<RequestView[]> {
  const { Items = [] } = await db.send(new QueryCommand({
    TableName,
    KeyConditionExpression: 'pk = :pk',
    ExpressionAttributeValues: { ':pk': REQUESTS },
    ScanIndexForward: false,
    Limit: limit,
  }));
  return Items.map(({ pk: _pk, sk: _sk, ...request }) => request as RequestView);
}
