/** People and companies, their search rows, and what hangs under a person (chats, requests, activities). */
import { DeleteCommand, GetCommand, PutCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { db, isConditionFailed, TableName } from '../adapters/dynamo';
import type { ActivityView, CompanyView, PersonChatView, PersonView, RequestView } from '../protocol';
import { keys } from './keys';

export async function putPerson(person: PersonView, terms: string[]): Promise<void> {
  await db.send(new PutCommand({ TableName, Item: { ...keys.person(person.personId), ...person } }));
  await putContactTerms(person, terms);
}

/**
 * Replaces a person's details if nobody changed them since the agent read `seenVersion` (0: never
 * edited). False when the person is gone or was edited meanwhile.
 */
export async function replacePerson(person: PersonView & { version: number }, seenVersion: number): Promise<boolean> {
  try {
    await db.send(new PutCommand({
      TableName,
      Item: { ...keys.person(person.personId), ...person },
      ConditionExpression: `attribute_exists(pk) AND ${seenVersion === 0 ? 'attribute_not_exists(#version)' : '#version = :seen'}`,
      ExpressionAttributeNames: { '#version': 'version' },
      ...(seenVersion !== 0 && { ExpressionAttributeValues: { ':seen': seenVersion } }),
    }));
    return true;
  } catch (error) {
    if (isConditionFailed(error)) return false;
    throw error;
  }
}

/** A person's search rows: one per term, each naming the person. */
export async function putContactTerms(person: PersonView, terms: string[]): Promise<void> {
  await Promise.all(terms.map((term) => db.send(new PutCommand({
    TableName,
    Item: { ...keys.contactTerm(term, person.personId), personId: person.personId, name: person.name, email: person.email, phone: person.phone },
  }))));
}

export async function deleteContactTerms(personId: string, terms: string[]): Promise<void> {
  await Promise.all(terms.map((term) => db.send(new DeleteCommand({ TableName, Key: keys.contactTerm(term, personId) }))));
}

export async function putCompany(company: CompanyView): Promise<void> {
  await db.send(new PutCommand({ TableName, Item: { ...keys.company(company.companyId), ...company } }));
}

export async function getPerson(personId: string): Promise<PersonView | undefined> {
  const { Item } = await db.send(new GetCommand({ TableName, Key: keys.person(personId) }));
  return Item ? strip<PersonView>(Item) : undefined;
}

export async function getCompany(companyId: string): Promise<CompanyView | undefined> {
  const { Item } = await db.send(new GetCommand({ TableName, Key: keys.company(companyId) }));
  return Item ? strip<CompanyView>(Item) : undefined;
}

/**
 * People with a search term starting with `prefix` (at least two characters). `consistent` reads
 * strongly (a base-table query may), so a contact saved a moment ago is among them.
 */
export async function personIdsByTermPrefix(prefix: string, limit?: number, { consistent = false } = {}): Promise<string[]> {
  const { pk } = keys.contactTerm(prefix, '');
  const { Items = [] } = await db.send(new QueryCommand({
    TableName,
    KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
    ExpressionAttributeValues: { ':pk': pk, ':prefix': prefix },
    ProjectionExpression: 'personId',
    ...(limit !== undefined && { Limit: limit }),
    ...(consistent && { ConsistentRead: true }),
  }));
  return [...new Set(Items.map((item) => item.personId as string))];
}

/** People saved with exactly this email address (lowercase), read strongly from the address's search row. */
export async function personIdsWithEmail(email: string): Promise<string[]> {
  // The row's sort key is `<address>#<personId>`: the address and its `#` match it alone, not a longer address.
  return personIdsByTermPrefix(keys.contactTerm(email, '').sk, undefined, { consistent: true });
}

export async function putPersonChat(personId: string, chat: PersonChatView): Promise<void> {
  await db.send(new PutCommand({ TableName, Item: { ...keys.personChat(personId, chat.createdAt, chat.chatId), kind: 'chat', ...chat } }));
}

export async function putPersonRequest(personId: string, request: RequestView): Promise<void> {
  const { transcript: _omitted, ...summary } = request;
  await db.send(new PutCommand({ TableName, Item: { ...keys.personRequest(personId, request.number), kind: 'request', ...summary } }));
}

export async function removePersonRequest(personId: string, requestNumber: number): Promise<void> {
  await db.send(new DeleteCommand({ TableName, Key: keys.personRequest(personId, requestNumber) }));
}

/** Writing the same activity twice leaves one: the key is the chat's. */
export async function putActivity(personId: string, activity: ActivityView): Promise<void> {
  await db.send(new PutCommand({ TableName, Item: { ...keys.personActivity(personId, activity.startedAt, activity.chatId), kind: 'activity', ...activity } }));
}

export interface PersonRecords { chats: PersonChatView[]; requests: RequestView[]; activities: ActivityView[] }

/** Everything under a person, newest first, in one query. */
export async function personRecords(personId: string): Promise<PersonRecords> {
  const records: PersonRecords = { chats: [], requests: [], activities: [] };
  const { Items = [] } = await db.send(new QueryCommand({
    TableName,
    KeyConditionExpression: 'pk = :pk AND sk > :after',
    ExpressionAttributeValues: { ':pk': keys.person(personId).pk, ':after': 'A' },
    ScanIndexForward: false,
    Limit: 300,
  }));
  for (const item of Items) {
    const { kind, ...rest } = strip<Record<string, unknown>>(item);
    if (kind === 'chat') records.chats.push(rest as unknown as PersonChatView);
    if (kind === 'request') records.requests.push(rest as unknown as RequestView);
    if (kind === 'activity') records.activities.push(rest as unknown as ActivityView);
  }
  return records;
}

function strip<T>(item: Record<string, unknown>): T {
  const { pk: _pk, sk: _sk, ...rest } = item;
  return rest as T;
}
