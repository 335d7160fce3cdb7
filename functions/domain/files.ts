/**
 * Files in chats. The browser uploads straight to the bucket with a presigned PUT whose length is
 * signed; the file becomes a message only after its content passed the checks here (size, and an
 * allow-list judged by its bytes), and is downloaded with a presigned GET issued only to the chat's
 * participants. A refused file is deleted, so nothing of it is left behind.
 */
import { nanoid } from 'nanoid';
import { config } from '../config';
import { copyObject, deleteObject, objectHead, objectSize, presignDownload, presignUpload } from '../adapters/files';
import type { DocumentSendFrame, FileDownloadFrame, FileSendFrame, FileUploadFrame, FileView } from '../protocol';
import { getChat, getDocument, getMessage, objectKeys, type ChatItem } from '../store';
import { requireRole, type Caller } from './caller';
import { authorOf, postMessage } from './chat';
import { chatNotFound, RefusedError } from './errors';
import { reply } from './fanout';
import { allowedTypeOf, CONTENT_SNIFF_BYTES, PREVIEW_TYPES } from './file-content';

/** Long enough for a slow upload to start; S3 checks expiry when the request begins. */
export const UPLOAD_URL_SECONDS = 5 * 60;
/** Download links are fetched right away (previews, a click); a stale one is simply asked for again. */
export const DOWNLOAD_URL_SECONDS = 5 * 60;

export async function requestUpload(caller: Caller, frame: FileUploadFrame, now: number): Promise<void> {
  const chat = await writableChat(caller, frame.chatId);
  checkSize(frame.name, frame.size);
  const fileId = nanoid();
  const url = await presignUpload(objectKeys.chatUpload(chat.chatId, fileId), frame.size, UPLOAD_URL_SECONDS);
  await reply(caller.connectionId, { type: 'file.upload', ref: frame.ref, chatId: chat.chatId, fileId, url, expiresAt: now + UPLOAD_URL_SECONDS * 1000 });
}

/** Turns an uploaded file into a message, once its content has passed the checks. */
export async function sendFile(caller: Caller, frame: FileSendFrame, now: number): Promise<void> {
  await writableChat(caller, frame.chatId);
  const { size, type } = await acceptUpload(objectKeys.chatUpload(frame.chatId, frame.fileId), objectKeys.chatFile(frame.chatId, frame.fileId), frame.name);
  const file: FileView = { fileId: frame.fileId, name: frame.name, size, type };
  await postMessage(caller, frame, now, (chat, seq) => ({ ...authorOf(caller, chat, frame, seq, now), kind: 'file', text: file.name, file }));
}

/** An agent sends a library document: it is copied into the chat, so the chat keeps it whatever becomes of the library. */
export async function sendDocument(caller: Caller, frame: DocumentSendFrame, now: number): Promise<void> {
  requireRole(caller, 'agent');
  await writableChat(caller, frame.chatId);
  const document = await getDocument(frame.documentId);
  if (!document) throw new RefusedError('not-found', 'No such document in the library');
  // The client's message id names the copy, so a resent frame copies onto the same object; the dot,
  // which no upload's id and no client id can hold, keeps it apart from every uploaded file.
  const fileId = `doc.${frame.clientMessageId}`;
  await copyObject(objectKeys.document(document.documentId), objectKeys.chatFile(frame.chatId, fileId));
  const file: FileView = { fileId, name: document.name, size: document.size, type: document.type };
  await postMessage(caller, frame, now, (chat, seq) => ({ ...authorOf(caller, chat, frame, seq, now), kind: 'file', text: file.name, file }));
}

/** A short-lived link to a file of the chat, for its customer and its agents only. */
export async function requestDownload(caller: Caller, frame: FileDownloadFrame, now: number): Promise<void> {
  const chat = await getChat(frame.chatId);
  // Anyone else hears the same as for a file that does not exist.
  if (!chat || !mayRead(caller, chat)) throw noSuchFile();
  const message = await getMessage(frame.chatId, frame.seq);
  if (!message?.file) throw noSuchFile();
  const { fileId, name, type } = message.file;
  const url = await presignDownload(objectKeys.chatFile(chat.chatId, fileId), { type, disposition: dispositionOf(name, type) }, DOWNLOAD_URL_SECONDS);
  await reply(caller.connectionId, { type: 'file.url', ref: frame.ref, chatId: chat.chatId, seq: frame.seq, url, expiresAt: now + DOWNLOAD_URL_SECONDS * 1000 });
}

/**
 * Checks an upload and moves it from the upload area to `key`; the size and type it was judged to
 * have. A resent frame finds the file moved already, and gets the same answer.
 */
export async function acceptUpload(uploadKey: string, key: string, name: string): Promise<{ size: number; type: string }> {
  const size = await objectSize(uploadKey);
  if (size === undefined) return inspectObject(key, name, await objectSize(key));
  const checked = await inspectObject(uploadKey, name, size);
  await copyObject(uploadKey, key);
  await deleteObject(uploadKey);
  return checked;
}

/**
 * Size and allowed type of an object of `size` bytes, judged from the bucket rather than the
 * browser's word. A file that fails is deleted before the refusal is thrown.
 */
async function inspectObject(key: string, name: string, size: number | undefined): Promise<{ size: number; type: string }> {
  if (size === undefined) throw new RefusedError('not-found', 'The file has not arrived; upload it again');
  try {
    checkSize(name, size);
    const type = await allowedTypeOf(await objectHead(key, Math.min(size, CONTENT_SNIFF_BYTES)));
    if (!type) throw new RefusedError('file-type-not-allowed', `${name} cannot be sent: only images (PNG, JPEG, GIF, WebP), PDF, Office documents and plain text are allowed`);
    return { size, type };
  } catch (error) {
    if (error instanceof RefusedError) await deleteObject(key);
    throw error;
  }
}

export function checkSize(name: string, size: number): void {
  // Not a size problem the customer can fix by picking a smaller file: said as a kind of file that cannot be sent.
  if (size < 1) throw new RefusedError('file-type-not-allowed', `${name} is empty; there is nothing to send`);
  if (size > config.maxFileBytes) {
    const [is, most] = [megabytes(size), megabytes(config.maxFileBytes)];
    // A file just over the limit would read as the limit itself ("20 MB; at most 20 MB").
    throw new RefusedError('file-too-large', `${name} is ${is === most ? 'just over the limit' : is}; files can be at most ${most}`, undefined, config.maxFileBytes);
  }
}

/** The chat, if the caller is its customer or its agent and it has not ended. */
async function writableChat(caller: Caller, chatId: string): Promise<ChatItem> {
  const chat = await getChat(chatId);
  const isParticipant = chat && (caller.role === 'customer' ? chat.visitorId === caller.subject : chat.agentId === caller.subject);
  if (!chat || !isParticipant) throw chatNotFound();
  if (chat.status === 'ended') throw new RefusedError('chat-ended', 'This chat has ended');
  return chat;
}

/**
 * The customer, the agent, an agent it is being transferred to, the agent who handed it over and
 * still listens, and a connection listening in (listen-in.ts let it follow the chat). Once the chat
 * has ended, any agent: its transcript is theirs to read (earlier chats, chat history), files included.
 */
function mayRead(caller: Caller, chat: ChatItem): boolean {
  if (caller.role === 'customer') return chat.visitorId === caller.subject;
  if (chat.status === 'ended') return true;
  return [chat.agentId, chat.previousAgentId, chat.transfer?.to.id].includes(caller.subject) || [...(chat.conns ?? [])].includes(caller.connectionId);
}

const noSuchFile = () => new RefusedError('not-found', 'No such file');

/** Images open in place (previews); anything else is saved under its own name. */
function dispositionOf(name: string, type: string): string {
  const ascii = name.replace(/[^\x20-\x7e]|["\\%]/g, '_');
  const utf8 = encodeURIComponent(name).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `${PREVIEW_TYPES.has(type) ? 'inline' : 'attachment'}; filename="${ascii}"; filename*=UTF-8''${utf8}`;
}

export function megabytes(size: number): string {
  const mb = size / (1024 * 1024);
  return `${mb < 10 ? Math.round(mb * 10) / 10 : Math.round(mb)} MB`;
}
