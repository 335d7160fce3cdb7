/**
 * Connects the panel: config, visitor identity, then one browser client that follows the stored
 * chat and sends again what this tab had not seen confirmed before a reload. A new visitor's first
 * connect uses the ticket that came with its identity. A refused visitor token means a new
 * identity; the old chat belongs to the old one and is let go. When another tab
 * stores a different visitor (two tabs that each made one; the last stored wins), this tab takes it too.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { createBrowserClient, type BrowserClient } from '../../../functions/protocol/browser-client';
import type { ClientConfig } from '../../../functions/protocol/http';
import type { ServerFrame } from '../../../functions/protocol/server-frames';
import { forgetVisitor, storedChat, storedVisitor, visitorKey } from '../storage';
import { persistOutbox } from './persisted-outbox';
import { loadConfig, visitorFor } from './visitor-api';

export type ErrorFrame = Extract<ServerFrame, { type: 'error' }>;
export type PositionFrame = Extract<ServerFrame, { type: 'queue.position' }>;

export interface VisitorSession {
  client?: BrowserClient;
  config?: ClientConfig;
  /** The visitor's bearer token, for HTTP calls such as the offline form. */
  token?: string;
  /** Whether the channel was available, when the visitor was new and got the answer with its identity. */
  online?: boolean;
  failed: boolean;
  lastError?: ErrorFrame;
  /** The customer's latest place in the queue. */
  position?: PositionFrame;
  /** Chats a sync asked for that the server did not return (gone, or another identity's). */
  missing: string[];
  clearError(): void;
}

const RETRY_MS = 5000;

export function useVisitorClient(base: string, channel: string): VisitorSession {
  const [session, setSession] = useState<VisitorSession>(() => ({
    failed: false,
    missing: [],
    clearError: () => setSession((now) => ({ ...now, lastError: undefined })),
  }));
  const [identity, renewIdentity] = useState(0);
  const token = useRef<string>();

  useEffect(() => {
    let client: BrowserClient | undefined;
    let stopped = false;
    // The browser knows first that the network went: a socket not closed yet would take what is sent
    // meanwhile and say nothing ("Sending…" for ever). Dropped, the client is offline, says so and reconnects.
    const drop = () => {
      client!.close();
      client!.connect();
    };
    const update = (change: Partial<VisitorSession>) => setSession((now) => ({ ...now, ...change }));
    (async () => {
      const config = await loadConfig(base);
      const { token: bearer, ticket, online } = await visitorFor(config, channel);
      token.current = bearer;
      if (stopped) return;
      // The channel travels with the connection, so `$connect` checks the page against that channel's allowed origins.
      client = createBrowserClient({ config: { ...config, wsUrl: `${config.wsUrl}?channel=${encodeURIComponent(channel)}` }, token: bearer, ticket, quietWhenEmpty: true, role: 'customer' });
      const chatId = storedChat(channel);
      if (chatId) client.follow(chatId);
      persistOutbox(client, channel);
      client.on('change', () => update({}));
      client.on('state', () => update({}));
      client.on('frame', (frame) => {
        if (frame.type === 'error') update({ lastError: frame });
        if (frame.type === 'queue.position') update({ position: frame });
      });
      // Heard from the start: the first sync can answer before any effect of the panel has run.
      client.on('missing', (chatId) => setSession((now) => ({ ...now, missing: [...now.missing, chatId] })));
      client.on('unauthorized', () => {
        forgetVisitor(channel);
        renewIdentity((n) => n + 1);
      });
      addEventListener('online', client.reconnectNow);
      addEventListener('offline', drop);
      client.connect();
      update({ client, config, token: bearer, online, failed: false, lastError: undefined, position: undefined, missing: [] });
      // A failed start (config.json or the visitor call, on a poor network) is tried again every few
      // seconds, so the panel recovers by itself rather than saying "not available" until a reload.
    })().catch(() => {
      update({ failed: true });
      setTimeout(() => stopped || renewIdentity((n) => n + 1), RETRY_MS);
    });
    return () => {
      stopped = true;
      if (client) removeEventListener('online', client.reconnectNow);
      removeEventListener('offline', drop);
      client?.close();
    };
  }, [base, channel, identity]);

  useEffect(() => {
    const changed = (event: StorageEvent) => {
      if (event.key !== visitorKey(channel) || !event.newValue || !token.current) return;
      if (storedVisitor(channel)?.token !== token.current) renewIdentity((n) => n + 1);
    };
    addEventListener('storage', changed);
    return () => removeEventListener('storage', changed);
  }, [channel]);

  return session;
}
