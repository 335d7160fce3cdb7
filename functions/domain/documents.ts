/**
 * The document library: files admins keep ready for agents to send. Admins upload a document as
 * customers upload files (presigned PUT, then a content check); agents list the library and send one.
 */
import { nanoid } from 'nanoid';
import { deleteObject, presignUpload } from '../adapters/files';
import type { DocumentUploadBody, DocumentUploadResponse, DocumentView } from '../protocol';
import { deleteDocument, getAgent, getDocument, listDocuments as listStoredDocuments, objectKeys, putDocument } from '../store';
import { RefusedError } from './errors';
import { acceptUpload, checkSize, UPLOAD_URL_SECONDS } from './files';

export async function listDocuments(): Promise<DocumentView[]> {
  return (await listStoredDocuments()).sort((a, b) => a.name.localeCompare(b.name));
}

export async function startDocumentUpload(adminId: string, body: DocumentUploadBody, now: number): Promise<DocumentUploadResponse> {
  await requireAdmin(adminId);
  checkSize(body.name, body.size);
  const documentId = nanoid();
  const url = await presignUpload(objectKeys.documentUpload(documentId), body.size, UPLOAD_URL_SECONDS);
  return { documentId, url, expiresAt: now + UPLOAD_URL_SECONDS * 1000 };
}

/** Adds the uploaded document to the library once its content passed the same checks as a chat file. */
export async function addDocument(adminId: string, documentId: string, body: DocumentUploadBody, now: number): Promise<DocumentView> {
  const admin = await requireAdmin(adminId);
  const { size, type } = await acceptUpload(objectKeys.documentUpload(documentId), objectKeys.document(documentId), body.name);
  const document: DocumentView = { documentId, name: body.name, size, type, addedAt: now, addedBy: admin.name };
  await putDocument(document);
  return document;
}

/** Takes a document out of the library; chats it was sent to keep their own copy. */
export async function removeDocument(adminId: string, documentId: string): Promise<void> {
  await requireAdmin(adminId);
  if (!(await getDocument(documentId))) throw new RefusedError('not-found', 'No such document in the library');
  await deleteDocument(documentId);
  await deleteObject(objectKeys.document(documentId));
}

async function requireAdmin(agentId: string) {
  const profile = await getAgent(agentId);
  if (profile?.role !== 'admin') throw new RefusedError('forbidden', 'Only admins may change the document library');
  return profile;
}
