/** The document library: items under one partition, each pointing at its object in the files bucket. */
import { DeleteCommand, PutCommand, GetCommand } from '@aws-sdk/lib-dynamodb';
import { db, TableName } from '../adapters/dynamo';
import type { DocumentView } from '../protocol';
import { DOCUMENTS, keys } from './keys';
import { partitionItems } from './partition';

export async function putDocument(document: DocumentView): Promise<void> {
  await db.send(new PutCommand({ TableName, Item: { ...keys.document(document.documentId), ...document } }));
}

export async function getDocument(documentId: string): Promise<DocumentView | undefined> {
  const { Item } = await db.send(new GetCommand({ TableName, Key: keys.document(documentId), ConsistentRead: true }));
  if (!Item) return undefined;
  const { pk: _pk, sk: _sk, ...document } = Item;
  return document as DocumentView;
}

/** Every document in the library, sorted by name by the caller. */
export async function listDocuments(): Promise<DocumentView[]> {
  return (await partitionItems<DocumentView & { pk: string; sk: string }>(DOCUMENTS)).map(({ pk: _pk, sk: _sk, ...document }) => document);
}

export async function deleteDocument(documentId: string): Promise<void> {
  await db.send(new DeleteCommand({ TableName, Key: keys.document(documentId) }));
}
