/**
 * Listen-in: an agent with "can listen in" on the chat's channel (or a manager) watches an ongoing
 * chat read-only. The connection joins the chat's fan-out list, so it sees every message and typing
 * signal; posting stays with the owner (every write checks the chat's agentId), and nobody is told.
 * Losing the permission ends it at once (endForbiddenListening).
 */
import {
  addChatListener, agentChats, agentConnections, getAgent, getChat, listAgentRecords, messagesAfter, removeChatConnections, type AgentRecord, type ChatItem,
} from '../store';
import type { AgentRole, OngoingChatView } from '../protocol';
import type { ChannelSettings } from '../protocol/channels';
import { requireRole, type Caller } from './caller';
import { liveAgentIds, onlineAgents } from './agents-online';
import { channelDirectory, permissionsOf } from './channels';
import { RefusedError } from './errors';
import { deliver, reply } from './fanout';
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

const isManagerRole = (role: AgentRole | undefined) => role === 'manager' || role === 'admin';

/** Whether an agent of `role` may listen in on chats of the channel with `settings`: a manager or admin anywhere, else with its "can listen in" or as its manager. */
function mayListenOn(role: AgentRole | undefined, agentId: string, settings: ChannelSettings): boolean {
  if (isManagerRole(role)) return true;
  const permissions = permissionsOf(settings, agentId);
  return !!(permissions?.canListenIn || permissions?.manager);
}

/** On which channels `agentId` may listen in (see mayListenOn). */
async function listenRule(agentId: string): Promise<(channel: string) => boolean> {
  const role = (await getAgent(agentId))?.role;
  if (isManagerRole(role)) return () => true;
  const directory = await channelDirectory();
  return (channel) => mayListenOn(role, agentId, directory(channel));
}

/**
 * After an admin changed who may listen (a channel's agents, an agent's role): a connection listening
 * in on an ongoing chat whose agent may no longer (their "can listen in" taken away, or they left the
 * channel) leaves the chat's fan-out list at once, so none of its frames reach them from now on, and
 * is told `listen.ended`, so its console drops the chat.
 */
export async function endForbiddenListening(now: number): Promise<void> {
  const [agents, connections, directory] = await Promise.all([listAgentRecords(), agentConnections(), channelDirectory()]);
  const roles = new Map(agents.map((agent) => [agent.id, agent.role]));
  const agentOf = new Map(connections.map((c) => [c.connectionId, c.agentId]));
  const removals = (await ongoing(agents, now)).map((chat) => {
    const settings = directory(chat.channel);
    // The agent answering it, and the one who handed it over (mayListen), keep theirs; customers' are no agent's.
    const forbidden = [...(chat.conns ?? [])].filter((id) => {
      const agentId = agentOf.get(id);
      return agentId !== undefined && agentId !== chat.agentId && agentId !== chat.previousAgentId && !mayListenOn(roles.get(agentId), agentId, settings);
    });
    if (forbidden.length === 0) return undefined;
    return removeChatConnections(chat.chatId, forbidden).then(() => deliver(forbidden, [{ type: 'listen.ended', chatId: chat.chatId }]));
  });
  await Promise.all(removals);
}

/** Every agent's ongoing chats, as far back as Ongoing chat sessions looks. */
async function ongoing(agents: AgentRecord[], now: number): Promise<ChatItem[]> {
  const chats = await Promise.all(agents.map((a) => agentChats(a.id, now - ONGOING_LOOKBACK_MS, CHATS_PER_AGENT)));
  return chats.flat().filter((chat) => chat.status === 'active');
}

/**
 * Every ongoing chat with its agent, longest-running first: the Dashboard's Ongoing chat sessions.
 * `canListen` says whether `agentId` may listen in on it, so the console offers it only there.
 */
export async function ongoingChats(agentId: string, now: number): Promise<OngoingChatView[]> {
  const [agents, mayListenThere, online] = await Promise.all([listAgentRecords(), listenRule(agentId), onlineAgents(now)]);
  const connected = liveAgentIds(online);
  return (await ongoing(agents, now))
    .map((chat) => ({
      chatId: chat.chatId, channel: chat.channel, customerName: chat.customerName,
      agentName: chat.agentName ?? '', answeredAt: chat.answeredAt ?? chat.createdAt, messages: chat.lastSeq - (chat.events ?? 0),
      canListen: chat.agentId !== agentId && mayListenThere(chat.channel),
      agentOnline: connected.has(chat.agentId ?? ''),
      ...(chat.customerLeftAt !== undefined && { customerLeftAt: chat.customerLeftAt }),
    }))
    .sort((a, b) => a.answeredAt - b.answeredAt);
}
