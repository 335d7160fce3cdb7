/** The queue: waiting chats, oldest first; claiming one is a conditional write only one agent can win. */
import type { ChatEventRecord, ChatItem } from '../store';
import { claimQueuedChat, getChat, messagesAfter, putMessage, queuedCandidates, queuedChannels, queuedChats, readBroadcastTurn, type BroadcastTurn } from '../store';
import type { ChannelQueueFigures, MessageView, QueueEntry, ServerFrame } from '../protocol';
import { connectionsOf, onlineAgents, type OnlineAgents } from './agents-online';
import { UNANSWERED_WARNING_MS } from './alert-rules';
import { requireRole, type Caller } from './caller';
import { claimOrder } from './claim-order';
import { isAway } from './customer-away';
import { answeredAfterCustomerLeft } from './customer-left';
import { linkByEmail } from './contacts';
import { RefusedError } from './errors';
import { deliver, reply } from './fanout';
import { coalescedBroadcast } from './queue-broadcast';
import { chatView, eventMessage, questionMessage } from './views';
import { publishChatAnswered } from './chat-events';
import { directoryOf, listChannels, permissionsOf } from './channels';
import { queueFiguresByChannel, respondersAnywhere, type WaitingChat } from './queue-figures';
import type { ChannelSettings } from '../protocol/channels';

const CANDIDATES = 10;
/** Each round re-reads the queue index; losing every candidate in a round means others are claiming too. */
const ROUNDS = 3;
/** Incoming chats shows at most this many; the count covers all. */
const LISTED = 50;
/**
 * Each queue change re-tells this many waiting customers their place. Further back, a place
 * changes little per change; they were told theirs when they joined, and hear again as they move up.
 */
const POSITIONS_SENT = 25;
const PREVIEW_CHARS = 80;

/** What an invocation already read of who is online and of the channels, passed on rather than read again. */
export interface QueueReads { online: OnlineAgents; channels: ChannelSettings[] }

export type ClaimOutcome = ({ claimed: ChatItem } | { claimed: undefined; reason: 'queue-empty' | 'already-claimed' }) & { reads: QueueReads };

/** "Get next in queue": the oldest waiting chat this agent can win, its customer still there if any is. */
export async function claimNext(caller: Caller, now: number): Promise<ClaimOutcome> {
  requireRole(caller, 'agent');
  const reads = await queueReads(now);
  const mayRespond = respondableChannels(caller, reads.channels);
  const connections = agentConnectionIds(caller, reads.online);
  let sawCandidates = false;
  for (let round = 0; round < ROUNDS; round++) {
    const candidates = (await queuedCandidates(CANDIDATES)).filter((c) => mayRespond(c.channel));
    if (candidates.length === 0) break;
    sawCandidates = true;
    // A customer who left the page waits behind those who are there (left-queue.ts); they keep their turn when none is.
    const there = candidates.filter((c) => !isAway(c));
    for (const candidate of [...claimOrder(there), ...claimOrder(candidates.filter(isAway))]) {
      const chat = await claimQueuedChat(candidate.chatId, { id: caller.subject, name: caller.name }, connections, now, joinedBy(caller, now));
      if (chat) return { claimed: chat, reads };
    }
  }
  return { claimed: undefined, reason: sawCandidates ? 'already-claimed' : 'queue-empty', reads };
}

async function queueReads(now: number): Promise<QueueReads> {
  const [online, channels] = await Promise.all([onlineAgents(now), channelSettings()]);
  return { online, channels };
}

export async function answerNext(caller: Caller, now: number, ref?: string): Promise<void> {
  await announce(caller, await claimNext(caller, now), now, ref, false);
}

/** Answers one particular waiting chat (double-click in Incoming chats). */
export async function answerChat(caller: Caller, chatId: string, now: number, ref?: string): Promise<void> {
  requireRole(caller, 'agent');
  const waiting = await getChat(chatId);
  if (!waiting) throw new RefusedError('not-found', 'No such chat');
  const reads = await queueReads(now);
  if (!respondableChannels(caller, reads.channels)(waiting.channel)) throw new RefusedError('forbidden', 'You cannot answer chats on this channel');
  const connections = agentConnectionIds(caller, reads.online);
  const chat = await claimQueuedChat(chatId, { id: caller.subject, name: caller.name }, connections, now, joinedBy(caller, now));
  await announce(caller, chat ? { claimed: chat, reads } : { claimed: undefined, reason: 'already-claimed', reads }, now, ref, true);
}

/** After a claim: the customer sees who joined, the agent gets the history, everyone the new queue. */
async function announce(caller: Caller, outcome: ClaimOutcome, now: number, ref: string | undefined, withQueue: boolean): Promise<void> {
  if (!outcome.claimed) {
    const message = outcome.reason === 'queue-empty' ? 'No chats are waiting' : 'Another agent answered this chat first';
    // For a row answered from Incoming chats, the queue as it is now comes along, so the console
    // drops the row even if it missed an update.
    const frames: ServerFrame[] = [{ type: 'notice', ref, code: outcome.reason, message }];
    if (withQueue) frames.push(await currentQueueFrame(now, outcome.reads));
    await reply(caller.connectionId, ...frames);
    return;
  }
  const chat = outcome.claimed;
  // Published before the "joined" message is stored: a sync that finds the message missing (the
  // writer stopped) stores it and publishes again, and the event is counted once by its key.
  await publishChatAnswered(chat, now);
  const joined = eventMessage(chat);
  await putMessage(joined);
  // Read after the claim, not reused from before it, so no agent misses the change: one connecting
  // later reads the queue at its sync, after the claim; one connected before this read hears the broadcast.
  const online = await onlineAgents(now);
  const agentConnections = agentConnectionIds(caller, online);
  const customerConnections = [...(chat.conns ?? [])].filter((id) => !agentConnections.includes(id));
  const history = await historyAt(chat, joined);
  const [gone] = await Promise.all([
    deliver(customerConnections, [{ type: 'chat', chat: chatView(chat) }, { type: 'message', message: joined }]),
    deliver(agentConnections, [{ type: 'chat', chat: chatView(chat) }, ...history.map((message) => ({ type: 'message' as const, message }))]),
  ]);
  if (customerConnections.every((id) => gone.includes(id))) await answeredAfterCustomerLeft(chat, now);
  // The chat's wait is counted with the queue change, in the one write to the queue's turn.
  await leftQueue(chat, now, { online, channels: outcome.reads.channels }, chat.queuedAt ? now - chat.queuedAt : undefined);
  await linkByEmail(chat, now);
}

/** The chat's messages for the agent who answered it; a chat holding only its question is built from the claim, not read. */
async function historyAt(chat: ChatItem, joined: MessageView): Promise<MessageView[]> {
  // The question, when there is one, is seq 1 (see createQueuedChat); a later seq means more was written.
  const onlyQuestion = chat.lastSeq === joined.seq && joined.seq === (chat.question ? 2 : 1);
  // A long question is whole only in message 1 (see question.ts).
  if (!onlyQuestion || chat.questionCut) return messagesAfter(chat.chatId, 0);
  return chat.question ? [questionMessage(chat), joined] : [joined];
}

const joinedBy = (caller: Caller, at: number): ChatEventRecord => ({ event: 'joined', text: `${caller.name} joined the chat`, at });

/**
 * A chat left the queue (answered, with how long it waited, or ended): withdraw its alerts and tell
 * everyone the new queue.
 */
export async function leftQueue(chat: ChatItem, now: number, reads?: QueueReads, answeredWaitMs?: number): Promise<void> {
  const agents = reads?.online ?? (await onlineAgents(now));
  if (Object.keys(chat.alerts ?? {}).length > 0) {
    await deliver(agents.live.map((c) => c.connectionId), [{ type: 'alert.withdrawn', chatId: chat.chatId }]);
  }
  await broadcastQueue(now, agents, { channels: reads?.channels, answeredWaitMs });
}

/**
 * Tells every agent online the queue as it is, and every waiting customer their place in it;
 * coalesced with the changes other invocations make meanwhile. Who is Present goes with presence changes (presence.ts).
 * The agents online and the channels this invocation already read serve its first round; an answer's wait is counted with the change.
 */
export async function broadcastQueue(now: number, online?: OnlineAgents, { channels, answeredWaitMs }: { channels?: ChannelSettings[]; answeredWaitMs?: number } = {}): Promise<void> {
  // A later round sees the agents online and the channels as they are then.
  await coalescedBroadcast((elapsedMs, turn, reuseReads) => tellQueue(now + elapsedMs, turn, reuseReads ? { online, channels } : {}), answeredWaitMs);
}

/** Returns how many posts it made. */
async function tellQueue(now: number, turn: BroadcastTurn, read: Partial<QueueReads>): Promise<number> {
  const [queued, agents, channels] = await Promise.all([queueHead(), read.online ?? onlineAgents(now), read.channels ?? channelSettings()]);
  const figures = queueFiguresByChannel(queued.all, channels, agents.presentAgentIds);
  const place = placeFrame(turn, (channel) => figures[channel]?.presentAgents ?? 0);
  const places = placesByChannel(queued.head);
  await Promise.all([
    deliver(agents.live.map((c) => c.connectionId), [queueFrame(queued, agents, figures, channels)]),
    ...places.map(({ chat, position }) => deliver(chat.conns ?? [], [place(chat, position)])),
  ]);
  return agents.live.length + places.reduce((sum, { chat }) => sum + (chat.conns?.size ?? 0), 0);
}

/**
 * Each waiting customer's place among those waiting on their channel, the first POSITIONS_SENT of
 * each; `head` is oldest first, so everyone ahead of a listed chat is listed too. A customer who
 * left the page is not ahead of anyone: Get next answers those who are there first.
 */
function placesByChannel(head: ChatItem[]): { chat: ChatItem; position: number }[] {
  const ahead = new Map<string, number>();
  const places: { chat: ChatItem; position: number }[] = [];
  for (const chat of head.filter((c) => !isAway(c))) {
    const position = (ahead.get(chat.channel) ?? 0) + 1;
    ahead.set(chat.channel, position);
    if (position <= POSITIONS_SENT) places.push({ chat, position });
  }
  return places;
}

/**
 * A waiting customer's place, for one who (re)connects: a reload or a second tab would otherwise
 * show none until the queue next changes. Undefined past the places a broadcast tells.
 */
export async function queuePositionOf(chat: ChatItem, now: number): Promise<ServerFrame | undefined> {
  const [head, agents, turn, channels] = await Promise.all([queuedChats(LISTED), onlineAgents(now), readBroadcastTurn(), channelSettings()]);
  const since = (c: ChatItem) => c.queuedAt ?? c.createdAt;
  // The index may lag the chat just read (a customer back from away): the chat itself counts as it is.
  const ahead = head.filter((other) => other.chatId !== chat.chatId && other.channel === chat.channel && !isAway(other) && since(other) <= since(chat));
  const position = ahead.length + 1;
  if (position > POSITIONS_SENT) return undefined;
  const figures = queueFiguresByChannel([{ channel: chat.channel, queuedAt: since(chat) }], channels, agents.presentAgentIds);
  return placeFrame(turn, (channel) => figures[channel]?.presentAgents ?? 0)(chat, position);
}

/**
 * Builds `queue.position` frames. The estimate is the average answered wait, shared among the
 * Present agents who may respond on the chat's channel; with none of them there is no estimate.
 */
function placeFrame(turn: BroadcastTurn, respondersOn: (channel: string) => number): (chat: ChatItem, position: number) => ServerFrame {
  const answered = turn.answered ?? 0;
  const averageWaitMs = answered > 0 ? (turn.totalWaitMs ?? 0) / answered : undefined;
  return (chat, position) => {
    const responders = respondersOn(chat.channel);
    return {
      type: 'queue.position',
      chatId: chat.chatId,
      position,
      estimatedWaitSeconds: averageWaitMs === undefined || responders === 0 ? undefined : Math.round((averageWaitMs / 1000) * (position / responders)),
    };
  };
}

/** The queue as it is now; the agents online and the channels, if already read, are not read again. */
export async function currentQueueFrame(now: number, read: Partial<QueueReads> = {}): Promise<ServerFrame> {
  const [queued, agents, channels] = await Promise.all([queueHead(), read.online ?? onlineAgents(now), read.channels ?? channelSettings()]);
  return queueFrame(queued, agents, queueFiguresByChannel(queued.all, channels, agents.presentAgentIds), channels);
}

/** Who can take a transfer: Present agents with a live connection, each once. */
export function presentAgentsFrame(online: OnlineAgents): ServerFrame {
  const present = new Map(online.live.filter((c) => c.status === 'present').map((c) => [c.agentId, { id: c.agentId, name: c.name }]));
  return { type: 'agents', present: [...present.values()] };
}

interface QueueHead { head: ChatItem[]; waiting: number; all: WaitingChat[] }

/** The listed part of the queue, oldest first, and every waiting chat's channel (read whole only past the listed part). */
async function queueHead(): Promise<QueueHead> {
  const head = await queuedChats(LISTED);
  const rows = head.length < LISTED ? head.map((chat) => ({ ...chat, queuedAt: chat.queuedAt ?? chat.createdAt })) : await queuedChannels();
  const all = rows.map((chat) => ({ channel: chat.channel, queuedAt: chat.queuedAt, away: isAway(chat) }));
  // The index is read twice past the listed part; a chat that joined in between counts in the larger read.
  return { head, waiting: Math.max(head.length, all.length), all };
}

const channelSettings = async (): Promise<ChannelSettings[]> => (await listChannels()).map((channel) => channel.settings);

function queueFrame(queued: QueueHead, agents: OnlineAgents, figures: Record<string, ChannelQueueFigures>, channels: ChannelSettings[]): ServerFrame {
  const entries: QueueEntry[] = queued.head.map((chat) => ({
    chatId: chat.chatId,
    channel: chat.channel,
    customerName: chat.customerName,
    preview: chat.question.length > PREVIEW_CHARS ? `${chat.question.slice(0, PREVIEW_CHARS - 1)}…` : chat.question,
    queuedAt: chat.queuedAt ?? chat.createdAt,
    ...(isAway(chat) && { away: true as const }),
  }));
  return {
    type: 'queue', waiting: queued.waiting, entries, warnAfterSeconds: UNANSWERED_WARNING_MS / 1000, presentAgents: respondersAnywhere(channels, agents.presentAgentIds),
    channels: figures,
  };
}

function agentConnectionIds(caller: Caller, online: OnlineAgents): string[] {
  return [...new Set([caller.connectionId, ...connectionsOf(online, caller.subject)])];
}

/** Which channels' chats this agent may answer: those whose settings give them "can respond". */
function respondableChannels(caller: Caller, channels: ChannelSettings[]): (channelId: string) => boolean {
  const settingsOf = directoryOf(channels);
  return (channelId) => !!permissionsOf(settingsOf(channelId), caller.subject)?.canRespond;
}
