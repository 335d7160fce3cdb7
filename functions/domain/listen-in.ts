/**
 * Listen-in: an agent with "can listen in" on the chat's channel (or a manager) watches an ongoing
 * chat read-only. The connection joins the chat's fan-out list, so it sees every message and typing
 * signal; posting stays with the owner (every write checks the chat's agentId), and nobody is told.
 */
import { addChatListener, agentChats, getAgent, getChat, listAgentRecords, messagesAfter, removeChatConnections, type ChatItem } from '../store';
import type { OngoingChatView } from '../protocol';
import { requireRole, type Caller } from './caller';
import { liveAgentIds, onlineAgents } from './agents-online';
import { channelDirectory, permissionsOf } from './channels';
import { RefusedError } from './errors';
import { reply } from './fanout';
import { chatView } from './views';

/** Chats whose last activity is older than this are not looked for among the ongoing ones. */
const ONGOING_LOOKBACK_MS = 24 * 3600 * 1000;
const CHATS_PER_AGENT = 50;

export async function listenIn(caller: Caller, chatId: string): Promise<void> {
  requireRole(caller, 'agent');
  const chat = await getChat(chatId);
  if (!chat || !(await mayListen(caller, chat))) throw new RefusedError('forbidden', 'You cannot listen in on this chat');
  if (chat.agentId === caller.subject) throw new RefusedError('conflict', 'This is your own chat');
  const listened = await addChatListener(chatId, caller.connectionId);
  if (!listened) throw new RefusedError('conflict', 'This chat is no longer ongoing');
  const history = await messagesAfter(chatId, 0);
  await reply(caller.connectionId, { type: 'chat', chat: chatView(listened) }, ...history.map((message) => ({ type: 'message' as const, message })));
}

/** Stops a listen-in on this connection; the owner's and customer's connections are not touched. */
export async function stopListening(caller: Caller, chatId: string): Promise<void> {
  requireRole(caller, 'agent');
  const chat = await getChat(chatId);
  if (chat && chat.agentId !== caller.subject) await removeChatConnections(chatId, [caller.connectionId]);
}

/** Who may listen in may; so may the agent who handed the chat over (they watched it on from then). */
async function mayListen(caller: Caller, chat: ChatItem): Promise<boolean> {
  return chat.previousAgentId === caller.subject || (await listenRule(caller.subject))(chat.channel);
}

/** On which channels `agentId` may listen in: all for a manager or admin, else where the channel grants "can listen in" or makes them its manager. */
async function listenRule(agentId: string): Promise<(channel: string) => boolean> {
  const profile = await getAgent(agentId);
  if (profile?.role === 'manager' || profile?.role === 'admin') return () => true;
  const directory = await channelDirectory();
  return (channel) => {
    const permissions = permissionsOf(directory(channel), agentId);
    return !!(permissions?.canListenIn || permissions?.manager);
  };
}

/**
 * Every ongoing chat with its agent, longest-running first: the Dashboard's Ongoing chat sessions.
 * `canListen` says whether `agentId` may listen in on it, so the console offers it only there.
 */
export async function ongoingChats(agentId: string, now: number): Promise<OngoingChatView[]> {
  const [agents, mayListenOn, online] = await Promise.all([listAgentRecords(), listenRule(agentId), onlineAgents(now)]);
  const connected = liveAgentIds(online);
  const chats = (await Promise.all(agents.map((a) => agentChats(a.id, now - ONGOING_LOOKBACK_MS, CHATS_PER_AGENT)))).flat();
  return chats
    .filter((chat) => chat.status === 'active')
    .map((chat) => ({
      chatId: chat.chatId, channel: chat.channel, customerName: chat.customerName,
      agentName: chat.agentName ?? '', answeredAt: chat.answeredAt ?? chat.createdAt, messages: chat.lastSeq - (chat.events ?? 0),
      canListen: chat.agentId !== agentId && mayListenOn(chat.channel),
      agentOnline: connected.has(chat.agentId ?? ''),
      ...(chat.customerLeftAt !== undefined && { customerLeftAt: chat.customerLeftAt }),
    }))
    .sort((a, b) => a.answeredAt - b.answeredAt);
}
