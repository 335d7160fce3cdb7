/** Signals that are not messages: "is typing" (relayed, never stored) and read markers (stored, monotonic). */
import { getChat, setReadMarker } from '../store';
import { asSender, type Caller } from './caller';
import { chatNotFound } from './errors';
import { deliver } from './fanout';
import { confirmationsBefore } from './confirmations';

/** Relays "is typing"; the chat is read eventually consistent (a connection added a moment ago may miss one signal). */
export async function relayTyping(caller: Caller, chatId: string): Promise<void> {
  const chat = await getChat(chatId, { consistent: false });
  const sender = asSender(caller);
  const isParticipant = chat && (sender.role === 'customer' ? chat.visitorId === sender.visitorId : chat.agentId === sender.agentId);
  if (!chat || !isParticipant) throw chatNotFound();
  if (chat.status === 'ended') return;
  const others = [...(chat.conns ?? [])].filter((id) => id !== caller.connectionId);
  await deliver(others, [{ type: 'typing', chatId, role: caller.role, name: caller.role === 'customer' ? chat.customerName : caller.name }]);
}

/** Moves the caller's read marker; a marker that is not ahead of the stored one changes nothing. */
export async function markRead(caller: Caller, chatId: string, seq: number): Promise<void> {
  const chat = await setReadMarker(chatId, asSender(caller), seq);
  if (!chat) return;
  // The reader has seen the other side's messages: their senders learn here that they were stored.
  const confirms = await confirmationsBefore(chatId, seq + 1, caller.role);
  // The console that reported it knows (its unread counts follow its own reports); the widget shows its
  // own unread count from the stored marker, so a customer's connection hears it back.
  const to = caller.role === 'agent' ? [...(chat.conns ?? [])].filter((id) => id !== caller.connectionId) : [...(chat.conns ?? []), caller.connectionId];
  await deliver(to, [{ type: 'read', chatId, role: caller.role, seq, ...(confirms.length ? { confirms } : {}) }]);
}
