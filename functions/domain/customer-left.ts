/**
 * A customer who closes the page of an answered chat leaves its agent writing to nobody. When the
 * customer's last connection to the chat closes, the chat is marked (`customerLeftAt`) and its agent
 * (and anyone listening in) gets the chat as it now is; when the customer is back (a reload, the next
 * page of the site), the sync that follows the chat again forgets the mark and tells them the same way.
 * A reload does both within seconds: the console waits a moment before it shows the mark.
 * `$disconnect` is best-effort on API Gateway, so a missed one leaves an answered chat unmarked;
 * waiting chats are judged by the sweep instead (left-queue.ts).
 */
import { clearCustomerLeft, getChat, markCustomerLeft, visitorsConnected, type ChatItem, type ConnectionItem } from '../store';
import { deliver } from './fanout';
import { chatView } from './views';

/** A customer's connection closed: marks the answered chat it followed when no other connection of theirs follows it. */
export async function customerConnectionClosed(closed: ConnectionItem, now: number): Promise<void> {
  if (closed.role !== 'customer' || !closed.chatId) return;
  // Read at half the price: the mark's condition refuses it if the connections changed since (a stale read included).
  const chat = await getChat(closed.chatId, { consistent: false });
  if (!chat || chat.status !== 'active' || chat.visitorId !== closed.subject || chat.customerLeftAt !== undefined) return;
  const conns = [...(chat.conns ?? [])];
  const others = conns.filter((id) => id !== closed.connectionId);
  if ((await visitorsConnected(others, Math.floor(now / 1000))).has(chat.visitorId)) return;
  const marked = await markCustomerLeft(chat, closed.connectionId, conns.length, now);
  if (marked) await tellFollowers(marked);
}

/** The customer follows the chat again: forgets the mark, telling the agent. Returns the chat as it now is. */
export async function customerBack(chat: ChatItem, connectionId: string): Promise<ChatItem> {
  if (chat.customerLeftAt === undefined) return chat;
  const back = await clearCustomerLeft(chat.chatId);
  if (!back) return chat;
  await tellFollowers(back, connectionId);
  return back;
}

async function tellFollowers(chat: ChatItem, except?: string): Promise<void> {
  await deliver([...(chat.conns ?? [])].filter((id) => id !== except), [{ type: 'chat', chat: chatView(chat) }]);
}
