/** Frames the server sends to browsers. Only the server builds these, so they are plain types. */
import type { ChannelLiveFigures, ChannelQueueFigures } from './stats';
import type { AgentRole } from './http';

export type ChatStatus = 'queued' | 'active' | 'ended';
export type Role = 'customer' | 'agent';
export type PresenceStatus = 'present' | 'away';

export interface ChatView {
  chatId: string;
  status: ChatStatus;
  channel: string;
  customer: { name: string; email: string };
  /** The phone number the customer gave on the pre-chat form, if any. */
  customerPhone?: string;
  agent?: { id: string; name: string };
  /** The question, or its first words ending in "…" when it is long: message 1 holds it whole. */
  question: string;
  createdAt: number;
  endedAt?: number;
  /** Highest sequence number stored in this chat. */
  lastSeq: number;
  /** When it joined the queue (absent for chats never queued). */
  queuedAt?: number;
  answeredAt?: number;
  /** Highest seq each side has reported as read. */
  read?: { customer?: number; agent?: number };
  /** The contact this chat is linked to (agents only). */
  personId?: string;
  /** The customer's post-chat answers, once given. */
  feedback?: { rating?: number; comment?: string };
  /** The customer's first post-chat answers, kept when they went back to the chat (`feedback` is then the next end's). */
  earlierFeedback?: { rating?: number; comment?: string };
  /** Whether the customer sees the post-chat form, and "Back to chat", when the chat ends (a channel setting as the chat started; on by default). */
  postChatForm?: boolean;
  /** False when the channel (as the chat started) does not mail transcripts: the form then offers none. */
  transcriptByEmail?: false;
  /** The customer's language (the widget's), when the chat was started with one. */
  language?: 'en' | 'nl';
  /** A transfer waiting for the receiver's answer. */
  transfer?: { from: { id: string; name: string }; to: { id: string; name: string }; requestedAt: number };
  /** The channel's bot has the chat (it is not in the queue yet). */
  bot?: true;
  /** When the customer's last connection to this answered chat closed (they left the page); absent once they are back. */
  customerLeftAt?: number;
}

/** A waiting chat as agents see it in Incoming chats. */
export interface QueueEntry {
  chatId: string;
  channel: string;
  customerName: string;
  /** The first words of the question. */
  preview: string;
  queuedAt: number;
  /**
   * The customer left the page (the sweep found no live connection of theirs): they keep their place
   * for a while, but Get next in queue answers those who are there first, and no alert is raised.
   */
  away?: true;
}

export type AlertLevel = 'unanswered' | 'manager';

export interface MessageView {
  chatId: string;
  /** Per-chat, starting at 1, in the order stored. A client keeps the highest it holds as its cursor. */
  seq: number;
  kind: 'text' | 'event' | 'file';
  /** For kind 'event': what happened. */
  event?: 'started' | 'joined' | 'ended' | 'request-created' | 'transferred' | 'reopened' | 'requeued';
  author: { role: Role | 'system'; name: string };
  text: string;
  clientMessageId?: string;
  at: number;
  /** For kind 'file' (whose `text` is the file's name): what was sent. Its bytes are fetched with `file.download`. */
  file?: FileView;
  /** Written by the channel's bot (author role 'agent', the bot's name), before any agent joined. */
  bot?: true;
  /**
   * For kind 'event': the customer did it (ended the chat, returned to it, left the queue). `text` names them, as
   * agents read it; the customer's own widget and transcript say "You ended the chat" instead.
   */
  byCustomer?: true;
}

export interface FileView {
  fileId: string;
  /** As the sender's device named it; render it as text. */
  name: string;
  size: number;
  /** Judged from the content when it was sent, e.g. image/png. */
  type: string;
}

/** A document agents can send from the library. */
export interface DocumentView { documentId: string; name: string; size: number; type: string; addedAt: number; addedBy: string }

export type ServerFrame =
  | { type: 'chat'; chat: ChatView; confirms?: MessageView[] }
  | { type: 'message'; message: MessageView; confirms?: MessageView[] }
  /** Reply to `sync`: every chat the connection now follows has been sent. */
  | { type: 'synced'; ref?: string; chatIds: string[] }
  /** Reply to a `message.send` whose clientMessageId was already stored. */
  | { type: 'duplicate'; ref?: string; chatId: string; clientMessageId: string; message?: MessageView }
  /**
   * To agents, whenever the queue changes: the count, the oldest entries, and the channel's
   * warning time so a console can count down to the unanswered-chat alert exactly.
   */
  | { type: 'queue'; waiting: number; entries: QueueEntry[]; warnAfterSeconds: number; presentAgents: number; channels: Record<string, ChannelQueueFigures> }
  /** To a waiting customer: their place in the queue and, once known, an estimate of the wait. */
  | { type: 'queue.position'; chatId: string; position: number; estimatedWaitSeconds?: number }
  /** A chat has waited past a warning time; raised once per chat and level. */
  | { type: 'alert'; level: AlertLevel; chatId: string; customerName: string; channel: string; queuedAt: number; raisedAt: number }
  /** The chat was answered or ended: its alerts no longer apply. */
  | { type: 'alert.withdrawn'; chatId: string }
  /** `at`: when the server received the `typing` (ms), so a client can tell one overtaken by the typist's message. */
  | { type: 'typing'; chatId: string; role: Role; name: string; at?: number }
  /** To the agent who made a request from a chat. */
  | { type: 'request.created'; ref?: string; chatId: string; requestId: string; number: number }
  /** To agents: who is Present now (the agents a chat can be transferred to). */
  | { type: 'agents'; present: { id: string; name: string }[] }
  /** To agents: ongoing chats and chats answered today, all channels and per channel, whenever they change. */
  | { type: 'stats.live'; activeChats: number; answeredToday: number; dayEndsAt: number; channels: Record<string, ChannelLiveFigures> }
  /** To a transfer's sender and receiver when it was answered, withdrawn or timed out, or its chat ended first. */
  | { type: 'transfer.ended'; chatId: string; outcome: 'rejected' | 'cancelled' | 'timed-out' | 'accepted' | 'ended' | 'unavailable' }
  | { type: 'read'; chatId: string; role: Role; seq: number; confirms?: MessageView[] }
  | { type: 'presence'; status: PresenceStatus }
  /** To an agent's own connections when an admin changed their role: the console shows that role's tabs at once. */
  | { type: 'role'; role: AgentRole }
  /** To every agent when an admin saved a channel: a console reads the channels again (names, permissions, warning times). */
  | { type: 'channels.changed' }
  /** To every agent when an admin created, changed or deleted a shared reply: a console that has the replies reads them again. */
  | { type: 'replies.changed' }
  /** To a connection listening in on a chat whose agent may no longer (an admin took the permission away): it hears nothing more of it. */
  | { type: 'listen.ended'; chatId: string }
  /** To every agent when a request was created (offline form or chat): a console showing the requests reads them again. */
  | { type: 'requests.changed' }
  /** Reply to `file.upload`: PUT exactly the announced bytes to `url` before `expiresAt`, then send `file.send` with `fileId`. */
  | { type: 'file.upload'; ref?: string; chatId: string; fileId: string; url: string; expiresAt: number }
  /** Reply to `file.download`: GET the file from `url` before `expiresAt`. */
  | { type: 'file.url'; ref?: string; chatId: string; seq: number; url: string; expiresAt: number }
  | { type: 'notice'; ref?: string; code: NoticeCode; message: string }
  /** `field`: the frame's field a refusal is about (e.g. `email` of `chat.start`), so a client can say it in its own words. */
  /** `limit`: with file-too-large, the most bytes a file may have, so a client can say it in its own language. */
  | { type: 'error'; ref?: string; code: ErrorCode; message: string; field?: string; limit?: number };

/** Expected outcomes that are not failures. */
export type NoticeCode = 'queue-empty' | 'already-claimed';

export type ErrorCode =
  | 'bad-frame'
  | 'unknown-action'
  | 'forbidden'
  | 'not-found'
  | 'chat-ended'
  | 'conflict'
  | 'file-too-large'
  | 'file-type-not-allowed'
  | 'internal'
  /** Too many frames too fast from this connection; the message says when to try again. */
  | 'rate-limited';
