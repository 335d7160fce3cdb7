/** The ongoing chats of an agent who is gone (deactivated, or no console left) go back to the queue, so no customer waits on nobody. */
import { canManageConnections } from '../adapters/connections';
import { agentChats, putMessage, requeueAgentChat } from '../store';
import { publishChatRequeued } from './chat-events';
import { deliver } from './fanout';
import { broadcastQueue } from './queue';
import { chatView, eventMessage } from './views';

/** Ongoing chats see activity at least daily; two days back is ample. */
const LOOKBACK_MS = 2 * 86_400_000;
const MAX_CHATS = 200;

/**
 * Each customer is told and sees their place again. `moved`: how many chats went back to the queue;
 * `kept`: how many are still the agent's (one with a transfer pending moves once the offer ends).
 * `waitingSince`: since when the customers have had nobody (the agent's console went), which is where
 * they stand in the queue: ahead of those who came later, and alerted on as having waited that long.
 */
export async function requeueChatsOf(agent: { id: string; name: string }, now: number, waitingSince = now): Promise<{ moved: number; kept: number }> {
  const ongoing = (await agentChats(agent.id, now - LOOKBACK_MS, MAX_CHATS)).filter((c) => c.status === 'active' && c.agentId === agent.id);
  let moved = 0;
  for (const chat of ongoing) {
    const queued = await requeueAgentChat(chat.chatId, agent.id, now, { event: 'requeued', text: `${agent.name} is no longer available; you are back in the queue`, at: now }, waitingSince);
    if (!queued) continue;
    moved++;
    // Before the line, as for the other events: a crash in between leaves the line for sync to rebuild.
    await publishChatRequeued(chat, now, waitingSince);
    const line = eventMessage(queued);
    await putMessage(line);
    // Without the management API (the admin command with no runtime running) nobody is connected to tell.
    if (canManageConnections()) await deliver(queued.conns ?? [], [{ type: 'chat', chat: chatView(queued) }, { type: 'message', message: line }]);
  }
  if (moved > 0 && canManageConnections()) await broadcastQueue(now);
  return { moved, kept: ongoing.length - moved };
}
