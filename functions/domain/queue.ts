/** The queue: waiting chats, oldest first; claiming one is a conditional write only one agent can win. */
import { claimQueuedChat, countQueued, liveAgentConnections, messagesAfter, putMessage, queuedCandidates, type ChatItem } from '../store';
import { requireRole, type Caller } from './caller';
import { deliver, reply } from './fanout';
import { chatView, eventMessage } from './views';

const CANDIDATES = 10;
/** Each round re-reads the queue index; losing every candidate in a round means others are claiming too. */
const ROUNDS = 3;

export type ClaimOutcome = { claimed: ChatItem } | { claimed: undefined; reason: 'queue-empty' | 'already-claimed' };

export async function claimNext(caller: Caller, now: number): Promise<ClaimOutcome> {
  requireRole(caller, 'agent');
  const agentConnections = await connectionsOfAgent(caller.subject, now);
  const connections = [...new Set([caller.connectionId, ...agentConnections])];
  let sawCandidates = false;
  for (let round = 0; round < ROUNDS; round++) {
    const candidates = await queuedCandidates(CANDIDATES);
    if (candidates.length === 0) break;
    sawCandidates = true;
    for (const candidate of candidates) {
      const chat = await claimQueuedChat(candidate.chatId, { id: caller.subject, name: caller.name }, connections, now);
      if (chat) return { claimed: chat };
    }
  }
  return { claimed: undefined, reason: sawCandidates ? 'already-claimed' : 'queue-empty' };
}

/** Claims the oldest waiting chat and tells everyone: the customer sees who joined, the agent gets the history. */
export async function answerNext(caller: Caller, now: number, ref?: string): Promise<void> {
  const outcome = await claimNext(caller, now);
  if (!outcome.claimed) {
    const message = outcome.reason === 'queue-empty' ? 'No chats are waiting' : 'Other agents took the waiting chats first';
    await reply(caller.connectionId, { type: 'notice', ref, code: outcome.reason, message });
    return;
  }
  const chat = outcome.claimed;
  const joined = eventMessage(chat, 'joined', `${caller.name} joined the chat`, now);
  await putMessage(joined);
  const agentConnections = await connectionsOfAgent(caller.subject, now);
  const customerConnections = [...(chat.conns ?? [])].filter((id) => !agentConnections.includes(id) && id !== caller.connectionId);
  const history = await messagesAfter(chat.chatId, 0);
  await Promise.all([
    deliver(customerConnections, [{ type: 'chat', chat: chatView(chat) }, { type: 'message', message: joined }]),
    deliver([caller.connectionId, ...agentConnections], [{ type: 'chat', chat: chatView(chat) }, ...history.map((message) => ({ type: 'message' as const, message }))]),
  ]);
  await broadcastQueue(now);
}

/** Tells every agent online how many chats are waiting. */
export async function broadcastQueue(now: number): Promise<void> {
  const [waiting, agents] = await Promise.all([countQueued(), liveAgentConnections(Math.floor(now / 1000))]);
  await deliver(agents.map((a) => a.connectionId), [{ type: 'queue', waiting }]);
}

export async function connectionsOfAgent(agentId: string, now: number): Promise<string[]> {
  const live = await liveAgentConnections(Math.floor(now / 1000));
  return live.filter((c) => c.agentId === agentId).map((c) => c.connectionId);
}
