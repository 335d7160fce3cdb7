/**
 * What this tab sent and the server has not confirmed survives a reload: kept in sessionStorage
 * and sent again, under the same chat and message ids, after it, so the server stores each once.
 */
import type { BrowserClient } from '../../../functions/protocol/browser-client';
import type { ChatStartFrame, MessageSendFrame } from '../../../functions/protocol/client-frames';
import { storedOutbox, storeOutbox } from '../storage';

type Unconfirmed = ChatStartFrame | MessageSendFrame;

/** Re-sends what a previous page of this tab left unconfirmed, then keeps the store current; returns the unsubscribe. */
export function persistOutbox(client: BrowserClient, channel: string): () => void {
  for (const frame of storedOutbox<Unconfirmed>(channel)) {
    if (frame?.action === 'chat.start' || frame?.action === 'message.send') client.send(frame);
  }
  let stored = '';
  return client.on('change', () => {
    const frames = client.outbox();
    const now = JSON.stringify(frames);
    if (now === stored) return;
    stored = now;
    storeOutbox(channel, frames);
  });
}
