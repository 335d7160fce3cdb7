/** Signals that are not messages: "is typing" (relayed, never stored) and read markers (stored, monotonic). */
import { getChat, setReadMarker, type ChatItem } from '../store';
import type { ServerFrame } from '../protocol';
import { asSender, type Caller } from './caller';
import { chatNotFound } from './errors';
import { deliver } from './fanout';
import { confirmationsBefore } from './confirmations';

/**
 * Relays "is typing". With `read`, the caller's read marker moves as `chat.read` moves it, and the
 * other side gets both frames in one post: an agent reads a message and starts the reply a moment
 * later, and one frame in and one post out cost half of two. Without a moved marker the chat is read
 * eventually consistent (a connection added a moment ago may miss one signal); with one, the
 * update's own answer is the chat. The relayed frame carries when the `typing` reached the server:
 * relayed after a message sent just after it, it must not show the typist typing again.
 */
export async function relayTyping(caller: Caller, chatId: string, receivedAt: number, read?: number): Promise<void> {
  const sender = asSender(caller);
  const moved = read === undefined ? undefined : await setReadMarker(chatId, sender, read);
  const chat = moved ?? (await getChat(chatId, { consistent: false }));
  const isParticipant = chat && (sender.role === 'customer' ? chat.visitorId === sender.visitorId : chat.agentId === sender.agentId);
  if (!chat || !isParticipant) throw chatNotFound();
  const typing: ServerFrame[] = chat.status === 'ended' ? [] : [{ type: 'typing', chatId, role: caller.role, name: caller.role === 'customer' ? chat.customerName : caller.name, at: receivedAt }];
  if (!moved || read === undefined) {
    if (typing.length) await deliver([...(chat.conns ?? [])].filter((id) => id !== caller.connectionId), typing);
    return;
  }
  await deliver(readRecipients(caller, moved), [await readMoved(caller, chatId, read), ...typing]);
}

/** Moves the caller's read marker; a marker that is not ahead of the stored one changes nothing. */
export async function markRead(caller: Caller, chatId: string, seq: number): Promise<void> {
  const chat = await setReadMarker(chatId, asSender(caller), seq);
  if (!chat) return;
  await deliver(readRecipients(caller, chat), [await readMoved(caller, chatId, seq)]);
}

/** The `read` frame for a marker that moved to `seq`. */
async function readMoved(caller: Caller, chatId: string, seq: number): Promise<ServerFrame> {
  // The reader has seen the other side's messages: their senders learn here that they were stored.
  const confirms = await confirmationsBefore(chatId, seq + 1, caller.role);
  return { type: 'read', chatId, role: caller.role, seq, ...(confirms.length ? { confirms } : {}) };
}

/**
 * Who hears a moved marker: the chat's other connections (the other side, and the reader's other
 * tabs). The connection that reported it knows: the console's unread counts follow its own reports,
 * and the widget's browser client moves its own marker as it sends (BrowserClientOptions.role).
 */
function readRecipients(caller: Caller, chat: ChatItem): string[] {
  return [...(chat.conns ?? [])].filter((id) => id !== caller.connectionId);
}
