/** Bringing a (re)connected client up to date: follow its chats and send what it missed. */
import { addChatConnection, agentChatIds, getAgent, keepConnectionChat, messagesAfter, type ChatItem } from '../store';
import { asSender, type Caller } from './caller';
import { reply } from './fanout';
import { currentQueueFrame, presentAgentsFrame, queuePositionOf } from './queue';
import { connectionsOf, onlineAgents } from './agents-online';
import { presenceChanged } from './presence';
import { chatView } from './views';
import { finishInterruptedWrites } from './interrupted-writes';
import { customerBack } from './customer-left';
import { showWaitingOffers } from './transfers';

/** Chats completed this recently still show in an agent's list. */
export const RECENT_MS = 8 * 3600 * 1000;
const MAX_AGENT_CHATS = 50;
/** A message whose seq is allocated but not yet stored is at most a few milliseconds away. */
const IN_FLIGHT_RETRIES = 3;
const IN_FLIGHT_WAIT_MS = 25;

export async function sync(caller: Caller, cursors: Record<string, number>, now: number, ref?: string): Promise<void> {
  const chatIds = caller.role === 'customer' ? Object.keys(cursors) : await agentChatIds(caller.subject, now - RECENT_MS, MAX_AGENT_CHATS);
  const followed: ChatItem[] = [];
  for (const chatId of chatIds) {
    const chat = await followChat(caller, chatId, cursors[chatId] ?? 0, now);
    if (chat) followed.push(chat);
  }
  // A transfer offered to this agent is shown again: a reload or a dropped line must not lose it.
  const offers = caller.role === 'agent' ? await showWaitingOffers(caller, cursors) : [];
  const synced = { type: 'synced' as const, ref, chatIds: [...followed.map((chat) => chat.chatId), ...offers] };
  if (caller.role !== 'agent') {
    // The customer's newest chat still going is the one its `$disconnect` should report (customer-left.ts).
    const going = followed.filter((chat) => chat.status !== 'ended').sort((a, b) => b.createdAt - a.createdAt)[0];
    if (going) await keepConnectionChat(caller.connectionId, going.chatId);
    const places = await Promise.all(followed.filter((chat) => chat.status === 'queued').map((chat) => queuePositionOf(chat, now)));
    return reply(caller.connectionId, ...places.filter((place) => place !== undefined), synced);
  }
  const [online, agent] = await Promise.all([onlineAgents(now), getAgent(caller.subject)]);
  const queue = await currentQueueFrame(now, { online });
  await reply(caller.connectionId, queue, { type: 'presence', status: agent?.status ?? 'away' }, presentAgentsFrame(online), synced);
  // A Present agent's first connection (a reload, a reconnect) puts them back in everyone's list.
  const firstConnection = connectionsOf(online, caller.subject).every((id) => id === caller.connectionId);
  if (agent?.status === 'present' && firstConnection) await presenceChanged(now, online);
}

/**
 * Adds the connection to the chat's fan-out list first and reads history second: a message
 * allocated after the first step is fanned out to it, one allocated before is in the history.
 * A customer back on the page is no longer marked as gone. Returns the chat, or undefined when it is not the caller's.
 */
export async function followChat(caller: Caller, chatId: string, afterSeq: number, now: number): Promise<ChatItem | undefined> {
  const added = await addChatConnection(chatId, asSender(caller), caller.connectionId);
  if (!added) return undefined;
  const chat = caller.role === 'customer' ? await customerBack(added, caller.connectionId) : added;
  const missed = await finishInterruptedWrites(chat, afterSeq, await messagesUpTo(chatId, afterSeq, chat.lastSeq), now);
  await reply(caller.connectionId, { type: 'chat', chat: chatView(chat) }, ...missed.map((message) => ({ type: 'message' as const, message })));
  return chat;
}

/** Messages after `afterSeq`, waiting briefly for any seq up to `lastSeq` that is allocated but still being stored. */
async function messagesUpTo(chatId: string, afterSeq: number, lastSeq: number) {
  let messages = await messagesAfter(chatId, afterSeq);
  for (let attempt = 0; attempt < IN_FLIGHT_RETRIES && lastSeq > afterSeq && (messages.at(-1)?.seq ?? afterSeq) < lastSeq; attempt++) {
    await new Promise((resolve) => setTimeout(resolve, IN_FLIGHT_WAIT_MS));
    messages = await messagesAfter(chatId, afterSeq);
  }
  return messages;
}
