/**
 * A customer who closes the page while waiting leaves nobody to answer. Once their waiting chat has
 * had no live customer connection for LEFT_AFTER_MS, the sweep ends it ("Mila left the queue"):
 * agents are no longer alerted to it, nor answer into the void, and the queue shows who still waits.
 * A reload or a mobile network's blip is shorter: the widget reconnects and syncs before then. Found
 * by the sweep rather than at `$disconnect`, which API Gateway delivers best-effort.
 */
import { clearCustomerAway, endWaitingChat, liveCustomerConnections, markCustomerAway, type ChatItem } from '../store';
import { announceEnd } from './chat';
import { customerNameOf } from './views';

export const LEFT_AFTER_MS = 3 * 60_000;

/** Ends the waiting chats whose customer has been gone LEFT_AFTER_MS; returns how many it ended. */
export async function endChatsLeftWaiting(waiting: ChatItem[], now: number): Promise<number> {
  let ended = 0;
  for (const chat of waiting) {
    const live = await liveCustomerConnections(chat.visitorId, [...(chat.conns ?? [])], Math.floor(now / 1000));
    // A mark from before the chat last joined the queue (it was answered, then reopened) is not this wait's.
    const awaySince = (chat.customerAwaySince ?? -1) >= (chat.queuedAt ?? chat.createdAt) ? chat.customerAwaySince : undefined;
    if (live.length > 0) {
      if (awaySince !== undefined) await clearCustomerAway(chat.chatId);
    } else if (awaySince === undefined) {
      await markCustomerAway(chat.chatId, now);
    } else if (now - awaySince >= LEFT_AFTER_MS) {
      const left = await endWaitingChat(chat.chatId, now, { event: 'ended', text: `${customerNameOf(chat)} left the queue`, at: now, byCustomer: true });
      if (!left) continue; // answered meanwhile
      await announceEnd(left, now);
      ended++;
    }
  }
  return ended;
}
