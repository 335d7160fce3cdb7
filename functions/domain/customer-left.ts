/**
 * A customer who closes the page of an answered chat leaves its agent writing to nobody. When the
 * customer's last connection to the chat closes, the chat is marked (`customerLeftAt`) and its agent
 * (and anyone listening in) gets the chat as it now is; when the customer is back (a reload, the next
 * page of the site), the sync that follows the chat again forgets the mark and tells them the same way.
 * A reload does both within seconds: the console waits a moment before it shows the mark.
 * A customer gone ENDS_AFTER_MS is not coming back: the sweep ends the chat, as theirs, so it leaves
 * its agent's ongoing chats. `$disconnect` is best-effort on API Gateway: a missed one leaves an
 * answered chat unmarked until a delivery to the customer finds their connection gone (410, fanout.ts),
 * as the agent's next message does. Waiting chats are judged by the sweep instead (left-queue.ts).
 */
import { CUSTOMER_LEFT_ENDS_CHAT_MINUTES } from '../protocol/constants';
import { LEFT_FOR_GOOD } from '../protocol/event-lines';
import { clearCustomerLeft, customersLeft, endChat, forgetCustomerLeft, getChat, markAnsweredChatLeft, markCustomerLeft, visitorsConnected, type ChatItem, type ConnectionItem } from '../store';
import { isAway } from './customer-away';
import { announceEnd } from './chat';
import { deliver } from './fanout';
import { chatView, customerNameOf } from './views';

export const ENDS_AFTER_MS = CUSTOMER_LEFT_ENDS_CHAT_MINUTES * 60_000;

/**
 * A customer's connection closed: marks the answered chat it followed when no other connection of
 * theirs follows it. Returns the chat it marked, which no longer lists the connection.
 */
export async function customerConnectionClosed(closed: ConnectionItem, now: number): Promise<string | undefined> {
  if (closed.role !== 'customer' || !closed.chatId) return;
  // Read at half the price: the mark's condition refuses it if the connections changed since (a stale read included).
  const chat = await getChat(closed.chatId, { consistent: false });
  if (!chat || chat.status !== 'active' || chat.visitorId !== closed.subject || chat.customerLeftAt !== undefined) return;
  const conns = [...(chat.conns ?? [])];
  const others = conns.filter((id) => id !== closed.connectionId);
  if ((await visitorsConnected(others, Math.floor(now / 1000))).has(chat.visitorId)) return;
  const marked = await markCustomerLeft(chat, closed.connectionId, conns.length, now);
  if (!marked) return;
  await tellFollowers(marked);
  return marked.chatId;
}

/**
 * A waiting chat was answered, and no connection of its customer took the news (queue.ts): they left
 * while it waited, their `$disconnect` already handled (it marks only answered chats). The chat
 * is marked from when the sweep found them away, or from now, and ends as any other left chat does.
 */
export async function answeredAfterCustomerLeft(chat: ChatItem, now: number): Promise<void> {
  const marked = await markAnsweredChatLeft(chat, isAway(chat) ? chat.customerAwaySince! : now);
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

/** For the sweep: ends the answered chats whose customer has been gone ENDS_AFTER_MS; returns how many. */
export async function endChatsCustomersLeft(now: number): Promise<number> {
  let ended = 0;
  for (const mark of await customersLeft()) {
    if (now - mark.leftAt < ENDS_AFTER_MS) continue;
    const chat = await getChat(mark.chatId, { consistent: false });
    // Back in the queue (its agent gone too) with the customer still away: the mark holds once it is answered again.
    if (chat?.status === 'queued' && chat.customerLeftAt === mark.leftAt) continue;
    // The line ends as a customer's own end does, so the widget and the transcript mail say "You ended the chat".
    const gone = chat && { event: 'ended', text: `${customerNameOf(chat)}${LEFT_FOR_GOOD}`, at: now, byCustomer: true } as const;
    // Only while the customer is still gone since the mark: one back a moment ago keeps the chat.
    const left = gone && (await endChat(chat.chatId, { role: 'customer', visitorId: chat.visitorId }, now, gone, { leftAt: mark.leftAt }));
    if (left) {
      await announceEnd(left, now);
      ended++;
    }
    await forgetCustomerLeft(mark.chatId);
  }
  return ended;
}

async function tellFollowers(chat: ChatItem, except?: string): Promise<void> {
  await deliver([...(chat.conns ?? [])].filter((id) => id !== except), [{ type: 'chat', chat: chatView(chat) }]);
}
