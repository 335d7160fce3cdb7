/** What the launcher counts while the panel is closed. */
import type { MessageView } from '../../../functions/protocol/server-frames';

/** Messages (text or a file) from the agent after the customer's read marker (which every tab of the site shares). */
export function unreadCount(messages: MessageView[], readUpTo: number): number {
  let count = 0;
  for (const message of messages) if (message.seq > readUpTo && message.kind !== 'event' && message.author.role === 'agent') count++;
  return count;
}
