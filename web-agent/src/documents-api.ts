/** The document library's HTTP calls: list it, and (admins) add a document by uploading it straight to the bucket. */
import type { DocumentView, ErrorCode } from '../../functions/protocol/server-frames';
import type { DocumentUploadResponse, HttpError } from '../../functions/protocol/http';
import { CONSOLE_PATHS } from '../../functions/protocol/constants';
import type { Api } from './contacts-api';

export async function fetchDocuments({ config, token }: Api): Promise<DocumentView[]> {
  const res = await fetch(config.apiBase + CONSOLE_PATHS.documents, { headers: { authorization: `Bearer ${token}` } });
  if (!res.ok) throw new Error(`documents answered HTTP ${res.status}`);
  return ((await res.json()) as { documents: DocumentView[] }).documents;
}

/** The server refused a library change: `message` is its reason, `code` what kind of refusal it was, when the status says. */
export class DocumentRefusedError extends Error {
  constructor(message: string, readonly code?: ErrorCode) {
    super(message);
  }
}

/** The refusals a document's HTTP status stands for (functions/handlers/lib/http.ts). */
const CODES: Record<number, ErrorCode> = { 400: 'bad-frame', 403: 'forbidden', 404: 'not-found', 409: 'conflict', 413: 'file-too-large', 415: 'file-type-not-allowed' };

/** Uploads the file and adds it to the library; throws an Error whose message is the server's reason (a DocumentRefusedError when it refused). */
export async function addDocument(api: Api, file: File): Promise<DocumentView> {
  const body = JSON.stringify({ name: file.name, size: file.size });
  const started = await post<DocumentUploadResponse>(api, CONSOLE_PATHS.documents, body);
  const put = await fetch(started.url, { method: 'PUT', body: file });
  if (!put.ok) throw new Error(`the upload answered HTTP ${put.status}`);
  return post<DocumentView>(api, `${CONSOLE_PATHS.documents}/${started.documentId}`, body);
}

export async function removeDocument(api: Api, documentId: string): Promise<void> {
  await post<unknown>(api, `${CONSOLE_PATHS.documents}/${documentId}/remove`, '{}');
}

async function post<T>({ config, token }: Api, path: string, body: string): Promise<T> {
  const res = await fetch(config.apiBase + path, { method: 'POST', headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' }, body });
  if (res.status === 204) return undefined as T;
  if (res.ok) return res.json();
  throw new DocumentRefusedError(((await res.json().catch(() => ({}))) as Partial<HttpError>).error ?? `HTTP ${res.status}`, CODES[res.status]);
}
