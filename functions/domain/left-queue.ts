/**
 * A customer who closes the page while waiting leaves nobody to answer. The sweep marks a waiting
 * chat without a live customer connection as away (`customerAwaySince`): Get next in queue then
 * answers the customers who are there first, and no alert is raised for it. Once it has been away
 * LEFT_AFTER_MS, the sweep ends it ("Mila left the queue") and the queue shows who still waits.
 * A reload or a network blip is much shorter, and a phone put away for a few minutes (which closes
 * its socket) keeps its place: the widget reconnects and syncs, and the next sweep forgets the mark.
 * Found by the sweep rather than at `$disconnect`, which API Gateway delivers best-effort; the sweep
 * asks API Gateway whether the connections it has on record are still open (connection-probe.ts).
 */
import { clearCustomerAway, customerConnections, endChat, markCustomerAway, type ChatItem } from '../store';
import { announceEnd } from './chat';
import { stillOpen } from './connection-probe';
import { customerNameOf } from './views';
import { isAway } from './customer-away';

export const LEFT_AFTER_MS = 10 * 60_000;

/**
 * Marks the waiting chats whose customer is gone, forgets the marks of those who came back, and ends
 * the chats whose customer has been gone LEFT_AFTER_MS. Returns how many it ended, the chats still
 * waiting with their marks as they now are, and whether any mark changed (agents' Incoming chats show them).
 */
export async function sweepLeftCustomers(waiting: ChatItem[], now: number): Promise<{ ended: number; stillWaiting: ChatItem[]; marksChanged: boolean }> {
  let ended = 0;
  let marksChanged = false;
  const stillWaiting: ChatItem[] = [];
  // One batched read of every waiting chat's connections; a chat's own customer must be among them,
  // with a socket API Gateway still has: a missed `$disconnect` leaves the item behind for hours.
  const recorded = await customerConnections(waiting.flatMap((chat) => [...(chat.conns ?? [])]), Math.floor(now / 1000));
  const connected = new Set((await stillOpen(recorded, now)).map((c) => c.subject));
  for (const chat of waiting) {
    // A mark from before the chat last joined the queue (it was answered, then reopened) is not this wait's.
    const awaySince = isAway(chat) ? chat.customerAwaySince : undefined;
    if (connected.has(chat.visitorId)) {
      if (awaySince !== undefined) await clearCustomerAway(chat.chatId);
      marksChanged ||= awaySince !== undefined;
      stillWaiting.push({ ...chat, customerAwaySince: undefined });
    } else if (awaySince === undefined) {
      await markCustomerAway(chat.chatId, now);
      marksChanged = true;
      stillWaiting.push({ ...chat, customerAwaySince: now });
    } else if (now - awaySince < LEFT_AFTER_MS) {
      stillWaiting.push(chat);
    } else {
      // Ended by the customer, as leaving is theirs; only while it still waits.
      const gone = { event: 'ended', text: `${customerNameOf(chat)} left the queue`, at: now, byCustomer: true } as const;
      const left = await endChat(chat.chatId, { role: 'customer', visitorId: chat.visitorId }, now, gone, { waiting: true });
      if (!left) continue; // answered meanwhile
      await announceEnd(left, now);
      ended++;
    }
  }
  return { ended, stillWaiting, marksChanged };
}
