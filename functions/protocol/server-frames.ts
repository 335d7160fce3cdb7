/** Frames the server sends to browsers. Only the server builds these, so they are plain types. */

export type ChatStatus = 'queued' | 'active' | 'ended';
export type Role = 'customer' | 'agent';
export type PresenceStatus = 'present' | 'away';

export interface ChatView {
  chatId: string;
  status: ChatStatus;
  channel: string;
  customer: { name: string; email: string };
  agent?: { id: string; name: string };
  question: string;
  createdAt: number;
  endedAt?: number;
  /** Highest sequence number stored in this chat. */
  lastSeq: number;
}

export interface MessageView {
  chatId: string;
  /** Per-chat, starting at 1, in the order stored. A client keeps the highest it holds as its cursor. */
  seq: number;
  kind: 'text' | 'event';
  /** For kind 'event': what happened. */
  event?: 'started' | 'joined' | 'ended';
  author: { role: Role | 'system'; name: string };
  text: string;
  clientMessageId?: string;
  at: number;
}

export type ServerFrame =
  | { type: 'chat'; chat: ChatView }
  | { type: 'message'; message: MessageView }
  /** Reply to `sync`: every chat the connection now follows has been sent. */
  | { type: 'synced'; ref?: string; chatIds: string[] }
  /** Reply to a `message.send` whose clientMessageId was already stored. */
  | { type: 'duplicate'; ref?: string; chatId: string; clientMessageId: string }
  | { type: 'queue'; waiting: number }
  | { type: 'presence'; status: PresenceStatus }
  | { type: 'notice'; ref?: string; code: NoticeCode; message: string }
  | { type: 'error'; ref?: string; code: ErrorCode; message: string };

/** Expected outcomes that are not failures. */
export type NoticeCode = 'queue-empty' | 'already-claimed';

export type ErrorCode =
  | 'bad-frame'
  | 'unknown-action'
  | 'forbidden'
  | 'not-found'
  | 'chat-ended'
  | 'conflict'
  | 'internal';
