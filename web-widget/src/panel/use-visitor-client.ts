/**
 * Connects the panel: config, visitor identity, then one browser client that follows the stored chat.
 * A refused visitor token means a new identity; the old chat belongs to the old one and is let go.
 */
import { useEffect, useState } from 'preact/hooks';
import { createBrowserClient, type BrowserClient } from '../../../functions/protocol/browser-client';
import type { ClientConfig } from '../../../functions/protocol/http';
import type { ServerFrame } from '../../../functions/protocol/server-frames';
import { storedChat, storeChat, storeVisitor } from '../storage';
import { loadConfig, visitorToken } from './visitor-api';

export type ErrorFrame = Extract<ServerFrame, { type: 'error' }>;
export type PositionFrame = Extract<ServerFrame, { type: 'queue.position' }>;

export interface VisitorSession {
  client?: BrowserClient;
  config?: ClientConfig;
  /** The visitor's bearer token, for HTTP calls such as the offline form. */
  token?: string;
  failed: boolean;
  /** The first sync has answered: a stored chat the server did not return no longer exists. */
  synced: boolean;
  lastError?: ErrorFrame;
  /** The customer's latest place in the queue. */
  position?: PositionFrame;
  clearError(): void;
}

export function useVisitorClient(base: string, channel: string): VisitorSession {
  const [session, setSession] = useState<VisitorSession>(() => ({
    failed: false,
    synced: false,
    clearError: () => setSession((now) => ({ ...now, lastError: undefined })),
  }));
  const [identity, renewIdentity] = useState(0);

  useEffect(() => {
    let client: BrowserClient | undefined;
    let stopped = false;
    const update = (change: Partial<VisitorSession>) => setSession((now) => ({ ...now, ...change }));
    (async () => {
      const config = await loadConfig(base);
      const token = await visitorToken(config);
      if (stopped) return;
      client = createBrowserClient({ config, token });
      const chatId = storedChat(channel);
      if (chatId) client.follow(chatId);
      client.on('change', () => update({}));
      client.on('state', () => update({}));
      client.on('frame', (frame) => {
        if (frame.type === 'synced') update({ synced: true });
        if (frame.type === 'error') update({ lastError: frame });
        if (frame.type === 'queue.position') update({ position: frame });
      });
      client.on('unauthorized', () => {
        storeVisitor(null);
        storeChat(channel, null);
        renewIdentity((n) => n + 1);
      });
      addEventListener('online', client.reconnectNow);
      client.connect();
      update({ client, config, token, synced: false, lastError: undefined, position: undefined });
    })().catch(() => update({ failed: true }));
    return () => {
      stopped = true;
      if (client) removeEventListener('online', client.reconnectNow);
      client?.close();
    };
  }, [base, channel, identity]);

  return session;
}
