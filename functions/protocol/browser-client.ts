/**
 * The browser half of the protocol, used by the agent console and the customer widget.
 * Owns the socket (ticket → connect → sync with cursors), holds the chats the connection
 * follows and their messages (each once, in seq order), and keeps every outgoing message
 * until the server confirms it, resending it under the same clientMessageId after a reconnect and
 * every RESEND_MS while unconfirmed; once one is refused as sent too fast, messages go out one at a time,
 * in order (browser/paced-sends.ts). The server sends no echo: a message is confirmed by the stored
 * copy that a later frame carries (`confirms` on the other side's message or read marker, or a
 * `duplicate` answering a resend).
 * Keeps each chat's read markers current from `read` relays (the console adds a heartbeat: browser/heartbeat.ts).
 * A chat followed while connected is synced at once; one the server does not return is reported `missing`.
 */
import type { ChatStartFrame, ClientFrame, MessageSendFrame } from './client-frames';
import type { ChatView, MessageView, Role, ServerFrame } from './server-frames';
import type { ClientConfig } from './http';
import { createEmitter, type Emitter } from './browser/emitter';
import { createChatLog, type ChatLog } from './browser/chat-log';
import { createConnection, type ConnectionState } from './browser/connection';
import { createSyncTracker } from './browser/sync-tracker';
import { createPacedSends } from './browser/paced-sends';

export type { ConnectionState };

export type BrowserClientEvents = {
  /**
   * Every server frame, except a message frame for a message already held and a message's refusal
   * as sent too fast (the client sends it again in its turn; it stays pending meanwhile).
   */
  frame: ServerFrame;
  state: ConnectionState;
  /** Chats, messages or pending messages changed. */
  change: undefined;
  /** The server refused the token and the client has stopped: sign in again. */
  unauthorized: undefined;
  /** A sync asked for this chat and the server did not return it: it is gone, or not this caller's. */
  missing: string;
};

export interface BrowserClientOptions {
  config: ClientConfig;
  /** Bearer token of the agent or visitor. */
  token: string;
  /** A ticket for the first connect, when one came with the token (a new visitor's); later connects ask for their own. */
  ticket?: string;
  WebSocket?: typeof WebSocket;
  fetch?: typeof fetch;
  random?: () => number;
  /**
   * A connection holding no chat sends no `sync` (the widget of a new visitor: the server would only
   * answer `synced`), saving a frame each way. The console always syncs: its answer brings the queue.
   */
  quietWhenEmpty?: boolean;
  /**
   * The role this client reads as, when its own read marker matters to it (the widget's unread
   * count): a `chat.read` it sends moves that marker at once, since the server tells only the
   * reader's other connections. The console keeps its own reports instead.
   */
  role?: Role;
}

export interface BrowserClient {
  readonly state: ConnectionState;
  on: Emitter<BrowserClientEvents>['on'];
  /** Starts connecting, and keeps reconnecting until `close`. */
  connect(): void;
  close(): void;
  /** Skips the rest of a backoff wait; call it when the browser reports it is online again. */
  reconnectNow(): void;
  /**
   * Sends a frame; true when it went out on an open socket. `message.send` and `chat.start`
   * are kept until confirmed and resent after every reconnect (their `ref` is set to their id);
   * other frames are simply not sent while offline.
   */
  send(frame: ClientFrame): boolean;
  /**
   * Asks for this chat on every sync, e.g. a chat id the widget stored before a reload or learnt
   * from another tab; when connected, syncs it at once. A chat already held is left as it is.
   */
  follow(chatId: string): void;
  /** Stops following a chat and drops everything held of it. */
  forget(chatId: string): void;
  chats(): ChatView[];
  /** The chat as last sent by the server, with its read markers raised by any later `read` relay. */
  chat(chatId: string): ChatView | undefined;
  /** Held messages of a chat in seq order. */
  messages(chatId: string): MessageView[];
  /** Messages sent in this chat and not yet confirmed, oldest first. */
  pending(chatId: string): MessageSendFrame[];
  /**
   * Messages of this chat the server refused (say, the chat had ended meanwhile), oldest first: never
   * sent again, but kept until `forget`, so a screen can show their text as not sent rather than lose it.
   */
  refused(chatId: string): MessageSendFrame[];
  /** Every start and message sent and not yet confirmed, starts first; `send` them again after a reload. */
  outbox(): (ChatStartFrame | MessageSendFrame)[];
  /** Highest seq up to which every message of the chat is held. */
  cursor(chatId: string): number;
}

/** Read markers only rise: a chat frame read before a later `read` relay must not lower one. */
function withReadMarkers(chat: ChatView, held: ChatView | undefined): ChatView {
  if (!held?.read) return chat;
  const customer = Math.max(chat.read?.customer ?? 0, held.read.customer ?? 0) || undefined;
  const agent = Math.max(chat.read?.agent ?? 0, held.read.agent ?? 0) || undefined;
  return { ...chat, read: { customer, agent } };
}

/** The messages of one chat among those held, in the order they were sent. */
const ofChat = (messages: Map<string, MessageSendFrame>, chatId: string) => [...messages.values()].filter((message) => message.chatId === chatId);

/** A message unconfirmed this long is sent again; the server stores it once and answers `duplicate`. */
export const RESEND_MS = 5000;

/** SyncFrame accepts at most this many cursors; ended chats give way first. */
const MAX_CURSORS = 50;

export function createBrowserClient(opts: BrowserClientOptions): BrowserClient {
  const emitter = createEmitter<BrowserClientEvents>();
  const chats = new Map<string, ChatView>();
  const logs = new Map<string, ChatLog>();
  const outbox = new Map<string, MessageSendFrame>();
  const refused = new Map<string, MessageSendFrame>();
  const starts = new Map<string, ChatStartFrame>();
  const syncs = createSyncTracker();
  let state: ConnectionState = 'connecting';
  let closed = false;

  const connection = createConnection({
    config: opts.config,
    token: opts.token,
    ticket: opts.ticket,
    WebSocket: opts.WebSocket ?? WebSocket,
    fetch: opts.fetch ?? fetch,
    random: opts.random ?? Math.random,
    onOpen() {
      // Messages wait until the new connection has caught up (`resume`): one sent before, by its resend
      // timer or as written, would be stored ahead of older ones still waiting to go.
      paced.restart(true);
      syncs.reset();
      if (opts.quietWhenEmpty && !logs.size) resume();
      else sync(cursors());
    },
    onData: receive,
    onState(next) {
      if (next === state) return;
      state = next;
      emitter.emit('state', next);
    },
    onUnauthorized: () => emitter.emit('unauthorized', undefined),
  });

  const write = (frame: ClientFrame) => connection.write(JSON.stringify(frame));
  const paced = createPacedSends(() => outbox.values(), write);
  const sync = (wanted: Record<string, number>) => write({ action: 'sync', cursors: wanted, ref: syncs.sent(Object.keys(wanted)) });
  const changed = () => emitter.emit('change', undefined);

  /** The connection is up to date: what is still unconfirmed goes out (again), in the order written. */
  function resume(): void {
    connection.settled();
    for (const start of starts.values()) write(start);
    paced.restart();
  }

  function logOf(chatId: string): ChatLog {
    let log = logs.get(chatId);
    if (!log) logs.set(chatId, (log = createChatLog()));
    return log;
  }

  function cursors(): Record<string, number> {
    const ended = (chatId: string) => (chats.get(chatId)?.status === 'ended' ? 1 : 0);
    const ids = [...logs.keys()].sort((a, b) => ended(a) - ended(b)).slice(0, MAX_CURSORS);
    return Object.fromEntries(ids.map((chatId) => [chatId, logOf(chatId).cursor]));
  }

  function receive(data: string): void {
    let frames: ServerFrame[];
    try {
      // A post holds one frame, or an array of the frames sent to this connection at once, in order.
      frames = [JSON.parse(data)].flat();
    } catch {
      return;
    }
    for (let frame of frames) {
      if (!frame || typeof frame !== 'object') continue;
      // A route handler that throws makes API Gateway answer {"message":"Internal server error",…}.
      if (!('type' in frame)) frame = { type: 'error', code: 'internal', message: String((frame as { message?: unknown }).message) };
      if (apply(frame)) emitter.emit('frame', frame);
      changed();
    }
  }

  /** Holds a stored message; false when already held. Its send, if it was ours, is confirmed. */
  function hold(message: MessageView): boolean {
    if (message.clientMessageId) outbox.delete(message.clientMessageId);
    return logOf(message.chatId).add(message);
  }

  /** Folds a frame into what is held; false for a message already held. */
  function apply(frame: ServerFrame): boolean {
    if ('confirms' in frame) frame.confirms?.forEach(hold);
    switch (frame.type) {
      case 'chat': {
        const held = chats.get(frame.chat.chatId);
        // Overtaken by a newer view (a claim's frame can arrive before the start's reply): ignored.
        if (held && frame.chat.lastSeq < held.lastSeq) return false;
        chats.set(frame.chat.chatId, withReadMarkers(frame.chat, held));
        starts.delete(frame.chat.chatId);
        logOf(frame.chat.chatId);
        return true;
      }
      case 'message':
        return hold(frame.message);
      case 'read': {
        const chat = chats.get(frame.chatId);
        if (chat && frame.seq > (chat.read?.[frame.role] ?? 0)) chats.set(frame.chatId, { ...chat, read: { ...chat.read, [frame.role]: frame.seq } });
        return true;
      }
      case 'duplicate':
        outbox.delete(frame.clientMessageId);
        if (frame.message) hold(frame.message);
        return true;
      case 'error': {
        const tooFast = frame.ref && frame.code === 'rate-limited' ? outbox.get(frame.ref) : undefined;
        if (tooFast) {
          paced.refused(tooFast);
          return false;
        }
        // The refused frame will never be confirmed; keeping it would resend it forever (a refused
        // message is set aside instead, for `refused`). Another frame sent too fast is kept, as a
        // message is: the resend every RESEND_MS sends it again once the limit has refilled.
        if (frame.ref && frame.code !== 'rate-limited') {
          const message = outbox.get(frame.ref);
          if (message) refused.set(frame.ref, message);
          outbox.delete(frame.ref);
          starts.delete(frame.ref);
        }
        return true;
      }
      case 'synced':
        // A chat whose start is still unconfirmed is not missing, only not created yet.
        for (const chatId of syncs.answered(frame.ref, frame.chatIds)) if (!starts.has(chatId)) emitter.emit('missing', chatId);
        resume();
        return true;
      default:
        return true;
    }
  }

  return {
    get state() {
      return state;
    },
    on: emitter.on,
    connect() {
      closed = false;
      connection.start();
    },
    close() {
      closed = true;
      paced.refused();
      connection.stop();
    },
    reconnectNow: connection.retryNow,
    send(frame) {
      if (frame.action === 'message.send') {
        const kept = { ...frame, ref: frame.clientMessageId };
        outbox.set(kept.clientMessageId, kept);
        changed();
        // unref: under Node (tests, the benchmark) a message never confirmed must not keep the process alive.
        // While messages are paced, it waits for its turn there instead.
        const resend = (): unknown =>
          (setTimeout(() => !closed && outbox.get(kept.clientMessageId) === kept && (paced.pacing() || write(kept), resend()), RESEND_MS) as { unref?(): void }).unref?.();
        resend();
        return paced.pacing() || write(kept);
      }
      if (frame.action === 'chat.start') {
        const kept = { ...frame, ref: frame.chatId };
        starts.set(kept.chatId, kept);
        logOf(kept.chatId);
        changed();
        return write(kept);
      }
      const sent = write(frame);
      if (sent && frame.action === 'chat.read' && opts.role) {
        apply({ type: 'read', chatId: frame.chatId, role: opts.role, seq: frame.seq });
        changed();
      }
      return sent;
    },
    follow(chatId) {
      if (logs.has(chatId)) return;
      logOf(chatId);
      if (state === 'online') sync({ [chatId]: 0 });
    },
    forget(chatId) {
      chats.delete(chatId);
      logs.delete(chatId);
      starts.delete(chatId);
      for (const held of [outbox, refused]) for (const [id, message] of held) if (message.chatId === chatId) held.delete(id);
      changed();
    },
    chats: () => [...chats.values()],
    chat: (chatId) => chats.get(chatId),
    messages: (chatId) => logs.get(chatId)?.messages() ?? [],
    pending: (chatId) => ofChat(outbox, chatId),
    refused: (chatId) => ofChat(refused, chatId),
    outbox: () => [...starts.values(), ...outbox.values()],
    cursor: (chatId) => logs.get(chatId)?.cursor ?? 0,
  };
}
