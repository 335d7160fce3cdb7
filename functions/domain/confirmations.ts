/**
 * How a sender learns its message was stored without a frame of its own. Echoing every message back
 * to the connection that sent it would be a third billed WebSocket message per chat message (one in,
 * the delivery, the echo). Instead, the next frame its connection gets about the chat anyway — the
 * other side's message, the other side's read marker moving, the end of the chat — carries the
 * sender's messages stored since (`confirms`). They are read back from the table, so only what is
 * really stored is ever confirmed. What stays unconfirmed is resent by the client after a few seconds
 * under the same clientMessageId; the server recognises it and answers `duplicate` with the stored
 * message. The read is eventually consistent, at half the price of a consistent one: a message
 * stored an instant ago may be left out (it is confirmed by the next frame or by its resend), and
 * what is read is always really stored.
 */
import type { MessageView, Role, ServerFrame } from '../protocol';
import { messagesAfter, putMessage } from '../store';

/** How far back a confirmation looks: a run of messages longer than this is confirmed by resends. */
export const CONFIRM_WINDOW = 10;

/**
 * The newest run of messages sent with a client id before `beforeSeq`, written by someone other
 * than `notBy` (or, without it, by whoever wrote the newest one): the messages of the side this
 * frame answers, stored since that side last heard from the other one.
 */
export async function confirmationsBefore(chatId: string, beforeSeq: number, notBy?: Role): Promise<MessageView[]> {
  if (beforeSeq <= 1) return [];
  const from = Math.max(0, beforeSeq - 1 - CONFIRM_WINDOW);
  const recent = (await messagesAfter(chatId, from, CONFIRM_WINDOW + 1, { consistent: false })).filter((m) => m.seq < beforeSeq);
  const run: MessageView[] = [];
  for (const message of recent.reverse()) {
    if (message.clientMessageId === undefined) continue;
    const runBy = run[0]?.author.role;
    if (notBy ? message.author.role === notBy : runBy !== undefined && message.author.role !== runBy) break;
    run.unshift(message);
  }
  return run;
}

/**
 * Stores `message`, and makes the frame that delivers it carry the confirmations due then (see
 * confirmationsBefore). An event a participant causes (a request, a hand-over) confirms that
 * participant's messages sent just before it, as their next message would.
 */
export async function storeWithConfirmations(message: MessageView, notBy?: Role): Promise<Extract<ServerFrame, { type: 'message' }>> {
  const [, confirms] = await Promise.all([putMessage(message), confirmationsBefore(message.chatId, message.seq, notBy)]);
  return { type: 'message', message, ...(confirms.length ? { confirms } : {}) };
}
