/** Requests (support tickets), numbered per tenant by an atomic counter. */
import { DeleteCommand, PutCommand, QueryCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
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

/**
 * Sets the person a request is about; returns the request, or undefined if there is none with that
 * number, or (`unlinkedOnly`) when it is already another person's.
 */
export async function setRequestPerson(requestNumber: number, personId: string, { unlinkedOnly = false } = {}): Promise<RequestView | undefined> {
  const item = await updateIf<Record<string, unknown>>({
    Key: keys.request(requestNumber),
    UpdateExpression: 'SET personId = :p',
    // Filed by its email address, a request goes to the first contact found: a second (a race, a duplicate contact) does not take it over.
    ConditionExpression: unlinkedOnly ? 'attribute_exists(pk) AND (attribute_not_exists(personId) OR personId = :p)' : 'attribute_exists(pk)',
    ExpressionAttributeValues: { ':p': personId },
    ReturnValues: 'ALL_NEW',
  });
  if (!item) return undefined;
  const { pk: _pk, sk: _sk, ...request } = item;
  return request as unknown as RequestView;
}

/** Requests from an email address no contact had when they came wait under that address until a contact is saved with it. */
export async function putWaitingRequest(email: string, requestNumber: number): Promise<void> {
  await db.send(new PutCommand({ TableName, Item: { ...keys.waitingRequest(email, requestNumber), kind: 'waiting-request', number: requestNumber } }));
}

/** The numbers of the requests waiting under the address; strongly consistent, so one filed a moment ago is there. */
export async function waitingRequestNumbers(email: string): Promise<number[]> {
  const { Items = [] } = await db.send(new QueryCommand({
    TableName,
    KeyConditionExpression: 'pk = :pk',
    ExpressionAttributeValues: { ':pk': keys.waitingRequest(email, 0).pk },
    ProjectionExpression: '#number',
    ExpressionAttributeNames: { '#number': 'number' },
    ConsistentRead: true,
  }));
  return Items.map((item) => item.number as number);
}

export async function removeWaitingRequest(email: string, requestNumber: number): Promise<void> {
  await db.send(new DeleteCommand({ TableName, Key: keys.waitingRequest(email, requestNumber) }));
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
