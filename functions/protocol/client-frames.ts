/**
 * Frames a browser sends over the WebSocket. API Gateway routes each on its `action`;
 * every handler validates the whole frame here before touching anything.
 */
import * as v from 'valibot';
import { MAX_TEXT } from './constants';
import { optionalEmail, optionalName, optionalPhone } from './contact-fields';

export { MAX_TEXT };

const id = v.pipe(v.string(), v.regex(/^[A-Za-z0-9_-]{8,64}$/, 'must be 8–64 letters, digits, _ or -'));
const text = v.pipe(v.string(), v.trim(), v.minLength(1, 'must not be empty'), v.maxLength(MAX_TEXT, `must be at most ${MAX_TEXT} characters`));
/** Echoed back on any error frame, so a client can tell which of its frames failed. */
const ref = v.optional(v.pipe(v.string(), v.maxLength(64)));

export const SyncFrame = v.strictObject({
  action: v.literal('sync'),
  ref,
  /** Last sequence number the client holds, per chat; it receives everything after it. */
  cursors: v.optional(v.pipe(v.record(id, v.pipe(v.number(), v.integer(), v.minValue(0))), v.check((r) => Object.keys(r).length <= 50, 'at most 50 chats'))),
});

export const ChatStartFrame = v.strictObject({
  action: v.literal('chat.start'),
  ref,
  /** Chosen by the client, so a retried start cannot open a second chat. */
  chatId: id,
  /** Name, email, phone and question may be empty here; the channel's pre-chat form says which it requires. */
  name: optionalName,
  email: optionalEmail,
  phone: optionalPhone,
  question: v.pipe(v.string(), v.trim(), v.maxLength(MAX_TEXT, `must be at most ${MAX_TEXT} characters`)),
  channel: v.optional(v.pipe(v.string(), v.regex(/^[a-z0-9-]{1,40}$/))),
  /** The language the widget speaks to the customer; templates are filled in it. */
  language: v.optional(v.picklist(['en', 'nl'], 'language must be en or nl')),
});

export const MessageSendFrame = v.strictObject({
  action: v.literal('message.send'),
  ref,
  chatId: id,
  /** Chosen by the client; a resent message with the same id is stored once. */
  clientMessageId: id,
  text,
});

export const QueueNextFrame = v.strictObject({ action: v.literal('queue.next'), ref });

export const ChatEndFrame = v.strictObject({ action: v.literal('chat.end'), ref, chatId: id });

export const PresenceSetFrame = v.strictObject({
  action: v.literal('presence.set'),
  ref,
  status: v.picklist(['present', 'away']),
});

/** Answer one particular waiting chat, e.g. double-clicked in Incoming chats. */
export const QueueClaimFrame = v.strictObject({ action: v.literal('queue.claim'), ref, chatId: id });

/**
 * "I am typing" in a chat; clients send it at most every few seconds while typing. With `read`, it
 * also says what `chat.read` would: everything up to `read` has been seen (one frame instead of two).
 */
export const TypingFrame = v.strictObject({ action: v.literal('typing'), ref, chatId: id, read: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1))) });

/** Everything up to `seq` in the chat has been seen by the sender. */
export const ChatReadFrame = v.strictObject({
  action: v.literal('chat.read'),
  ref,
  chatId: id,
  seq: v.pipe(v.number(), v.integer(), v.minValue(1)),
});

/** Heartbeat: keeps an agent counted as present while the socket lives (every minute). */
/**
 * The console's heartbeat. `leaving`: its last frame, as its agent logs out: the connection is let go
 * at once, and the agent does not count as briefly gone (see availability.ts) but as gone.
 */
export const PingFrame = v.strictObject({ action: v.literal('ping'), ref, leaving: v.optional(v.literal(true)) });

/** Links the chat to a person in the contacts; the side panel then shows that person. */
export const ChatLinkFrame = v.strictObject({ action: v.literal('chat.link'), ref, chatId: id, personId: id });

/** "Create request" from a chat: a ticket with the transcript attached; the customer is told its number. */
export const RequestCreateFrame = v.strictObject({
  action: v.literal('request.create'),
  ref,
  chatId: id,
  title: v.pipe(v.string(), v.trim(), v.minLength(1, 'title is required'), v.maxLength(200)),
  category: v.optional(v.pipe(v.string(), v.trim(), v.maxLength(60))),
  priority: v.optional(v.picklist(['low', 'normal', 'high', 'urgent'])),
  /** Chosen by the client, so a retried create makes one request. */
  clientRequestId: v.optional(id),
});

/** Offers the chat to another Present agent; managers may pass `direct` to hand it over without an accept step. */
export const ChatTransferFrame = v.strictObject({
  action: v.literal('chat.transfer'),
  ref,
  chatId: id,
  toAgentId: id,
  direct: v.optional(v.boolean()),
});

/**
 * The receiver's answer to a pending transfer, or the sender taking it back. A receiver who logs
 * out declines with `loggingOut`, so the sender hears they are no longer available.
 */
export const TransferAnswerFrame = v.strictObject({
  action: v.picklist(['transfer.accept', 'transfer.reject', 'transfer.cancel']),
  ref,
  chatId: id,
  loggingOut: v.optional(v.literal(true)),
});

/** A manager takes over an ongoing chat. */
export const ChatTakeoverFrame = v.strictObject({ action: v.literal('chat.takeover'), ref, chatId: id });

/** The post-chat form: a rating, a comment, and whether to mail the transcript. Once per chat. */
export const ChatFeedbackFrame = v.strictObject({
  action: v.literal('chat.feedback'),
  ref,
  chatId: id,
  rating: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(5))),
  comment: v.optional(v.pipe(v.string(), v.trim(), v.maxLength(1000))),
  sendTranscript: v.optional(v.boolean()),
  /** Where to mail the transcript; the pre-chat form's address when absent. */
  transcriptTo: v.optional(v.pipe(v.string(), v.trim(), v.maxLength(254), v.email('email address is not valid'))),
});

/** "Back to chat" from the post-chat form: the ended chat becomes active again. */
export const ChatReopenFrame = v.strictObject({ action: v.literal('chat.reopen'), ref, chatId: id });

/** Listen-in: watch an ongoing chat read-only, unseen by its agent; `chat.unlisten` stops. */
export const ChatListenFrame = v.strictObject({ action: v.picklist(['chat.listen', 'chat.unlisten']), ref, chatId: id });

/** A file's name as its sender's device called it: shown as text, never used as a path. */
const fileName = v.pipe(v.string(), v.trim(), v.minLength(1, 'name is required'), v.maxLength(200), v.regex(/^[^\u0000-\u001f\u007f]+$/, 'must not contain control characters'));

/** Asks for a presigned PUT for one file of `size` bytes; the server refuses sizes above its limit. */
export const FileUploadFrame = v.strictObject({
  action: v.literal('file.upload'),
  ref,
  chatId: id,
  name: fileName,
  // An empty file is refused by name, with the file codes the clients word in their language (files.ts).
  size: v.pipe(v.number(), v.integer(), v.minValue(0)),
  /** What the browser declared; only a hint, the server judges the content. */
  type: v.optional(v.pipe(v.string(), v.maxLength(200))),
});

/** Sends an uploaded file as a message, once its bytes are in the bucket; idempotent by clientMessageId. */
export const FileSendFrame = v.strictObject({
  action: v.literal('file.send'),
  ref,
  chatId: id,
  clientMessageId: id,
  fileId: id,
  name: fileName,
});

/** An agent sends a document from the library as a file message. */
export const DocumentSendFrame = v.strictObject({
  action: v.literal('document.send'),
  ref,
  chatId: id,
  clientMessageId: id,
  documentId: id,
});

/** Asks for a short-lived download URL of the file message `seq`; only the chat's participants get one. */
export const FileDownloadFrame = v.strictObject({
  action: v.literal('file.download'),
  ref,
  chatId: id,
  seq: v.pipe(v.number(), v.integer(), v.minValue(1)),
});

/**
 * What the console is showing that the server pushes only on request: `stats` while the Dashboard's
 * live figures are on screen. Kept per connection, so a reconnected console sends it again. `seq`
 * grows with each watch frame a console sends: frames may be handled out of order, and an older one
 * never undoes a newer one.
 */
export const WatchFrame = v.strictObject({
  action: v.literal('watch'),
  ref,
  stats: v.boolean(),
  seq: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(Number.MAX_SAFE_INTEGER)),
});

export const ClientFrame = v.variant('action', [
  SyncFrame, ChatStartFrame, MessageSendFrame, QueueNextFrame, QueueClaimFrame, ChatEndFrame,
  PresenceSetFrame, TypingFrame, ChatReadFrame, PingFrame, ChatLinkFrame, RequestCreateFrame,
  ChatTransferFrame, TransferAnswerFrame, ChatTakeoverFrame, ChatFeedbackFrame, ChatReopenFrame,
  FileUploadFrame, FileSendFrame, DocumentSendFrame, FileDownloadFrame, ChatListenFrame,
  WatchFrame,
]);

export type SyncFrame = v.InferOutput<typeof SyncFrame>;
export type ChatStartFrame = v.InferOutput<typeof ChatStartFrame>;
export type MessageSendFrame = v.InferOutput<typeof MessageSendFrame>;
export type QueueNextFrame = v.InferOutput<typeof QueueNextFrame>;
export type ChatEndFrame = v.InferOutput<typeof ChatEndFrame>;
export type PresenceSetFrame = v.InferOutput<typeof PresenceSetFrame>;
export type QueueClaimFrame = v.InferOutput<typeof QueueClaimFrame>;
export type TypingFrame = v.InferOutput<typeof TypingFrame>;
export type ChatReadFrame = v.InferOutput<typeof ChatReadFrame>;
export type PingFrame = v.InferOutput<typeof PingFrame>;
export type ChatLinkFrame = v.InferOutput<typeof ChatLinkFrame>;
export type RequestCreateFrame = v.InferOutput<typeof RequestCreateFrame>;
export type ChatTransferFrame = v.InferOutput<typeof ChatTransferFrame>;
export type TransferAnswerFrame = v.InferOutput<typeof TransferAnswerFrame>;
export type ChatTakeoverFrame = v.InferOutput<typeof ChatTakeoverFrame>;
export type ChatFeedbackFrame = v.InferOutput<typeof ChatFeedbackFrame>;
export type ChatReopenFrame = v.InferOutput<typeof ChatReopenFrame>;
export type FileUploadFrame = v.InferOutput<typeof FileUploadFrame>;
export type FileSendFrame = v.InferOutput<typeof FileSendFrame>;
export type DocumentSendFrame = v.InferOutput<typeof DocumentSendFrame>;
export type FileDownloadFrame = v.InferOutput<typeof FileDownloadFrame>;
export type ClientFrame = v.InferOutput<typeof ClientFrame>;
export type ClientAction = ClientFrame['action'];
export type ChatListenFrame = v.InferOutput<typeof ChatListenFrame>;
export type WatchFrame = v.InferOutput<typeof WatchFrame>;
