/** Chat items: one per chat, holding its state, its sequence counter and its participants' connections. */
import { GetCommand, PutCommand, QueryCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { db, isConditionFailed, TableName } from '../adapters/dynamo';
import type { ChatStatus, MessageView } from '../protocol';
import { TABLE } from './table-schema';
import { updateChatIf } from './conditional-update';
import { readQueueIndex } from './queue-index';
import { chatIdOf, indexValues, keys } from './keys';
import { getChats } from './chat-batch';
import { chatTokenExpression, type Bucket, type TokenSpend } from './rate-limits';
import { clientIdKey } from './client-id-key';

export interface ChatItem {
  chatId: string;
  status: ChatStatus;
  channel: string;
  visitorId: string;
  customerName: string;
  customerEmail: string;
  /** From the pre-chat form, when the customer gave one. */
  customerPhone?: string;
  /** The question, or its first words when `questionCut` (the whole is message 1; see domain/question.ts). */
  question: string;
  questionCut?: boolean;
  createdAt: number;
  agentId?: string;
  agentName?: string;
  answeredAt?: number;
  /** The channel's bot has the chat: it is not in the queue yet. */
  bot?: boolean;
  endedAt?: number;
  endedBy?: 'customer' | 'agent';
  lastSeq: number;
  /** Connection ids to fan out to; DynamoDB string sets cannot be empty, so absent means none. */
  conns?: Set<string>;
  /** The connections of a transfer's receiver that follow the chat only while the offer waits (see offerTransfer). */
  offerConns?: Set<string>;
  /** Client message id's key (see client-id-key.ts) → the seq allocated to it, so a resent message is recognised. */
  recent?: Record<string, number>;
  queuedAt?: number;
  /** When the sweep first found this waiting chat without a live customer connection (domain/left-queue.ts, customer-away.ts). */
  customerAwaySince?: number;
  /** When the customer's last connection to this answered chat closed; gone once they are back (domain/customer-left.ts). */
  customerLeftAt?: number;
  /** Unanswered-chat alerts raised, by level, with when. */
  alerts?: Record<string, number>;
  /** Highest seq each side has read. */
  read?: { customer?: number; agent?: number };
  personId?: string;
  /** Numbers of the requests created from this chat, so a person it is linked to later gets them too. */
  requestNumbers?: Set<number>;
  transfer?: PendingTransfer;
  feedback?: { rating?: number; comment?: string; at: number };
  /** The first post-chat answers, kept when the customer went back to the chat (its next end asks again). */
  earlierFeedback?: { rating?: number; comment?: string; at: number };
  /** How many times the customer rated it in the post-chat form: a chat reopened may be rated again (the first rating counts). */
  ratings?: number;
  /** When an agent first answered it; `answeredAt` is the latest answer (the chat may go back to the queue). */
  firstAnsweredAt?: number;
  /** The chat ended once and its customer came back to it ("Back to chat"): its next end is not a new chat's. */
  endedBefore?: true;
  previousAgentId?: string;
  previousAgentName?: string;
  language?: 'en' | 'nl';
  /** The channel's post-chat settings as the chat started, stored only where they are off (on by default). */
  postChatForm?: false;
  transcriptByEmail?: false;
  /** The newest system event and its seq, written with the update that allocated it (see recordEvent). */
  lastEvent?: ChatEventRecord;
  lastEventSeq?: number;
  /** How many of the chat's seqs are system events (recordEvent); absent on chats from before it was counted. */
  events?: number;
  /** Each side's message rate-limit bucket (GCRA theoretical arrival time, ms; see rate-limits.ts). */
  customerTat?: number;
  agentTat?: number;
}

export type ChatEventKind = NonNullable<MessageView['event']>;
/** A system event's message, minus the seq its update allocates. */
export interface ChatEventRecord { event: ChatEventKind; text: string; at: number; byCustomer?: true }

/**
 * The SET clause (and its values) that records `record` as the event at the seq the same update
 * allocates (`lastSeq + :one`): a writer stopped before storing the event's message leaves enough
 * on the chat for the next sync to store it. It also counts the chat's events, so `lastSeq - events`
 * is how many messages the chat has.
 */
export function recordEvent(record: ChatEventRecord) {
  return {
    clause: 'lastEvent = :lastEvent, lastEventSeq = lastSeq + :one, events = if_not_exists(events, :noEvents) + :one',
    values: { ':lastEvent': record, ':noEvents': 0 },
  };
}

export interface PendingTransfer { from: { id: string; name: string }; to: { id: string; name: string }; requestedAt: number }

/** Upper bound on messages per chat (the seq's digits in message keys leave room for far more). */
export const MAX_SEQ = 5000;

/**
 * The chat as stored. `consistent: false` reads at half the price and may return it as it was a
 * moment ago: for what can afford that (relaying "is typing" to whoever follows the chat).
 */
export async function getChat(chatId: string, { consistent = true } = {}): Promise<ChatItem | undefined> {
  const { Item } = await db.send(new GetCommand({ TableName, Key: keys.chat(chatId), ConsistentRead: consistent }));
  return Item as ChatItem | undefined;
}

/**
 * Creates a queued chat whose first message (seq 1) is the question; false if the id is taken.
 * With `withBot`, the chat waits outside the queue index (agents do not see it) until the bot hands it over.
 */
export async function createQueuedChat(chat: Omit<ChatItem, 'conns' | 'recent' | 'lastSeq' | 'status'>, connectionId: string, withBot = false): Promise<boolean> {
  try {
    await db.send(new PutCommand({
      TableName,
      Item: {
        ...keys.chat(chat.chatId),
        ...chat,
        status: 'queued',
        // The question is message 1; a chat started without one has no messages yet.
        lastSeq: chat.question ? 1 : 0,
        conns: new Set([connectionId]),
        recent: {},
        alerts: {},
        read: {},
        ...(withBot ? { bot: true } : { queuePk: indexValues.queue(), queuedAt: chat.createdAt }),
      },
      ConditionExpression: 'attribute_not_exists(pk)',
    }));
    return true;
  } catch (error) {
    if (isConditionFailed(error)) return false;
    throw error;
  }
}

export type Sender = { role: 'customer'; visitorId: string } | { role: 'agent'; agentId: string };

/**
 * Allocates the next sequence number for a message from `sender`, records its client id and takes a
 * token of the sender's side's bucket (`spend`, see rate-limits.ts), all in one write. Returns the
 * updated chat (its `conns` are who to fan out to), or undefined when the condition failed: not a
 * participant, chat ended, the client message id was already stored, or the bucket is not in the
 * state `spend` expects.
 */
export async function allocateMessageSeq(chatId: string, sender: Sender, clientMessageId: string, now: number, spend: TokenSpend, bucket: Bucket): Promise<ChatItem | undefined> {
  const isParticipant = sender.role === 'customer' ? 'visitorId = :who' : '(agentId = :who AND #status = :active)';
  const token = chatTokenExpression(sender.role, spend, now, bucket);
  return updateChatIf({
    Key: keys.chat(chatId),
    // Operands read the item as it was, so the recorded seq is the one being allocated.
    UpdateExpression: `SET lastSeq = lastSeq + :one, #recent.#key = lastSeq + :one, activityAt = :activity, ${token.clause}`,
    // A chat begun before ids were kept by key may hold the id itself.
    ConditionExpression: `attribute_exists(pk) AND ${isParticipant} AND #status <> :ended AND lastSeq < :max AND attribute_not_exists(#recent.#key) AND attribute_not_exists(#recent.#cmid) AND ${token.condition}`,
    ExpressionAttributeNames: { '#status': 'status', '#recent': 'recent', '#key': clientIdKey(clientMessageId), '#cmid': clientMessageId, ...token.names },
    ExpressionAttributeValues: {
      ':one': 1, ':activity': activityHour(now), ':ended': 'ended', ':max': MAX_SEQ,
      ':who': sender.role === 'customer' ? sender.visitorId : sender.agentId,
      ...(sender.role === 'agent' ? { ':active': 'active' } : {}),
      ...token.values,
    },
    ReturnValues: 'ALL_NEW',
  });
}

/** The seq the chat allocated to a client message id, if it still keeps the id. */
export const recentSeqOf = (chat: ChatItem, clientMessageId: string): number | undefined =>
  chat.recent?.[clientIdKey(clientMessageId)] ?? chat.recent?.[clientMessageId];

const HOUR_MS = 3600_000;
/**
 * What a chat's `activityAt` (the byAgent index's sort key) holds: the whole hour after its last
 * activity, so the index entry moves at most once an hour instead of with every claim, message and
 * end; an agent's list asks for chats active in the last 8 hours and gets those a little older too.
 */
export const activityHour = (now: number) => Math.ceil(now / HOUR_MS) * HOUR_MS;

/**
 * Replaces the recorded client message ids with `kept`, unless a seq was allocated since `seenSeq`
 * (its id would be lost; the next message trims instead).
 */
export async function replaceRecentIds(chatId: string, kept: Record<string, number>, seenSeq: number): Promise<void> {
  await updateChatIf({
    Key: keys.chat(chatId),
    UpdateExpression: 'SET #recent = :kept',
    ConditionExpression: 'lastSeq = :seen',
    ExpressionAttributeNames: { '#recent': 'recent' },
    ExpressionAttributeValues: { ':kept': kept, ':seen': seenSeq },
  });
}

/** Replaces the stored question with its preview once message 1 holds it whole. */
export async function keepQuestionPreview(chatId: string, preview: string): Promise<void> {
  await updateChatIf({
    Key: keys.chat(chatId),
    UpdateExpression: 'SET question = :preview, questionCut = :cut',
    ConditionExpression: 'attribute_exists(pk)',
    ExpressionAttributeValues: { ':preview': preview, ':cut': true },
  });
}

/** Queued → active for this agent, only if still queued; allocates the seq of the "joined" event. */
export async function claimQueuedChat(chatId: string, agent: { id: string; name: string }, agentConnections: string[], now: number, joined: ChatEventRecord): Promise<ChatItem | undefined> {
  const event = recordEvent(joined);
  return updateChatIf({
    Key: keys.chat(chatId),
    // Removing queuePk takes the chat out of the sparse queue index in the same write; the agent side's
    // message bucket starts afresh with whoever answers (a chat back from the queue may hold another's).
    UpdateExpression: `SET #status = :active, agentId = :agentId, agentName = :agentName, answeredAt = :now, firstAnsweredAt = if_not_exists(firstAnsweredAt, :now), agentPk = :agentPk, activityAt = :activity, lastSeq = lastSeq + :one, ${event.clause} ADD conns :conns REMOVE queuePk, agentTat`,
    ConditionExpression: '#status = :queued',
    ExpressionAttributeNames: { '#status': 'status' },
    ExpressionAttributeValues: {
      ':active': 'active', ':queued': 'queued', ':agentId': agent.id, ':agentName': agent.name,
      ':agentPk': indexValues.agent(agent.id), ':now': now, ':activity': activityHour(now), ':one': 1, ':conns': new Set(agentConnections), ...event.values,
    },
    ReturnValues: 'ALL_NEW',
  });
}

/** What else must hold for an end. */
export interface EndOnly {
  /** Only a chat still in the queue (one answered a moment ago is kept). */
  waiting?: boolean;
  /** Only an answered chat whose customer is still gone since then (one back a moment ago is kept). */
  leftAt?: number;
}

/** Ends a chat that is not yet ended, by one of its participants; allocates the seq of the "ended" event. */
export async function endChat(chatId: string, by: Sender, now: number, ended: ChatEventRecord, only: EndOnly = {}): Promise<ChatItem | undefined> {
  const event = recordEvent(ended);
  const isParticipant = by.role === 'customer' ? 'visitorId = :who' : 'agentId = :who';
  const state = only.waiting ? '#status = :queued' : only.leftAt !== undefined ? '#status = :active AND customerLeftAt = :leftAt' : '#status <> :ended';
  return updateChatIf({
    Key: keys.chat(chatId),
    UpdateExpression: `SET #status = :ended, endedAt = :now, endedBy = :by, activityAt = :activity, lastSeq = lastSeq + :one, ${event.clause} REMOVE queuePk`,
    ConditionExpression: `attribute_exists(pk) AND ${isParticipant} AND ${state}`,
    ExpressionAttributeNames: { '#status': 'status' },
    ExpressionAttributeValues: {
      ':ended': 'ended', ':now': now, ':activity': activityHour(now), ':by': by.role, ':one': 1, ...event.values,
      ':who': by.role === 'customer' ? by.visitorId : by.agentId,
      ...(only.waiting && { ':queued': 'queued' }),
      ...(only.leftAt !== undefined && { ':active': 'active', ':leftAt': only.leftAt }),
    },
    ReturnValues: 'ALL_NEW',
  });
}

/** Sets the chat's person, if `agentId` is handling (or handled) it. */
export async function linkChatToPerson(chatId: string, agentId: string, personId: string, { unlinked = false } = {}): Promise<ChatItem | undefined> {
  return updateChatIf({
    Key: keys.chat(chatId),
    UpdateExpression: 'SET personId = :p',
    // `unlinked`: only while no one linked it yet (an automatic link gives way to the agent's own).
    ConditionExpression: unlinked ? 'agentId = :a AND attribute_not_exists(personId)' : 'agentId = :a',
    ExpressionAttributeValues: { ':p': personId, ':a': agentId },
    ReturnValues: 'ALL_NEW',
  });
}

/** Notes a request created from the chat (again is harmless); returns the chat as it now is, with the person it is linked to. */
export async function noteChatRequest(chatId: string, requestNumber: number): Promise<ChatItem | undefined> {
  return updateChatIf({
    Key: keys.chat(chatId),
    UpdateExpression: 'ADD requestNumbers :n',
    ConditionExpression: 'attribute_exists(pk)',
    ExpressionAttributeValues: { ':n': new Set([requestNumber]) },
    ReturnValues: 'ALL_NEW',
  });
}

/** Allocates the seq of a system event in a chat that has not ended. */
export async function allocateEventSeq(chatId: string, now: number, record: ChatEventRecord): Promise<ChatItem | undefined> {
  const event = recordEvent(record);
  return updateChatIf({
    Key: keys.chat(chatId),
    UpdateExpression: `SET lastSeq = lastSeq + :one, activityAt = :activity, ${event.clause}`,
    ConditionExpression: 'attribute_exists(pk) AND #status <> :ended AND lastSeq < :max',
    ExpressionAttributeNames: { '#status': 'status' },
    ExpressionAttributeValues: { ':one': 1, ':activity': activityHour(now), ':ended': 'ended', ':max': MAX_SEQ, ...event.values },
    ReturnValues: 'ALL_NEW',
  });
}

/** Adds a connection to the fan-out list of a chat `participant` belongs to; returns the chat as it now is. */
export async function addChatConnection(chatId: string, participant: Sender, connectionId: string): Promise<ChatItem | undefined> {
  return updateChatIf({
    Key: keys.chat(chatId),
    UpdateExpression: 'ADD conns :c',
    ConditionExpression: `attribute_exists(pk) AND ${participant.role === 'customer' ? 'visitorId' : 'agentId'} = :who`,
    ExpressionAttributeValues: { ':c': new Set([connectionId]), ':who': participant.role === 'customer' ? participant.visitorId : participant.agentId },
    ReturnValues: 'ALL_NEW',
  });
}

export async function removeChatConnections(chatId: string, connectionIds: string[]): Promise<void> {
  if (connectionIds.length === 0) return;
  try {
    await db.send(new UpdateCommand({
      TableName,
      Key: keys.chat(chatId),
      UpdateExpression: 'DELETE conns :c',
      ConditionExpression: 'attribute_exists(pk)',
      ExpressionAttributeValues: { ':c': new Set(connectionIds) },
    }));
  } catch (error) {
    if (!isConditionFailed(error)) throw error;
  }
}

/** Oldest waiting chats first. The index is eventually consistent: rows are candidates only. */
export async function queuedCandidates(limit: number): Promise<{ chatId: string; queuedAt: number; channel: string; customerAwaySince?: number }[]> {
  const index = TABLE.indexes.queue;
  const { Items = [] } = await db.send(new QueryCommand({
    TableName,
    IndexName: index.name,
    KeyConditionExpression: `${index.partitionKey} = :q`,
    ExpressionAttributeValues: { ':q': indexValues.queue() },
    ProjectionExpression: 'chatId, queuedAt, channel, customerAwaySince',
    Limit: limit,
  }));
  return Items as { chatId: string; queuedAt: number; channel: string; customerAwaySince?: number }[];
}

/** Every waiting chat, whole items (the index projects all attributes), oldest first, at most `limit`. */
export async function queuedChats(limit: number): Promise<ChatItem[]> {
  return readQueueIndex<ChatItem>({ limit });
}

/** Records an alert of `level` for a still-waiting chat; false if it was raised before or the chat was answered. */
export async function markAlerted(chatId: string, level: string, now: number): Promise<boolean> {
  try {
    await db.send(new UpdateCommand({
      TableName,
      Key: keys.chat(chatId),
      UpdateExpression: 'SET #alerts.#level = :now',
      ConditionExpression: '#status = :queued AND attribute_not_exists(#alerts.#level)',
      ExpressionAttributeNames: { '#alerts': 'alerts', '#level': level, '#status': 'status' },
      ExpressionAttributeValues: { ':now': now, ':queued': 'queued' },
    }));
    return true;
  } catch (error) {
    if (isConditionFailed(error)) return false;
    throw error;
  }
}

/** Moves a participant's read marker forward to `seq` (never back, never past the last message). */
export async function setReadMarker(chatId: string, reader: Sender, seq: number): Promise<ChatItem | undefined> {
  const side = reader.role;
  const isParticipant = side === 'customer' ? 'visitorId = :who' : 'agentId = :who';
  return updateChatIf({
    Key: keys.chat(chatId),
    UpdateExpression: 'SET #read.#side = :seq',
    ConditionExpression: `attribute_exists(pk) AND ${isParticipant} AND lastSeq >= :seq AND (attribute_not_exists(#read.#side) OR #read.#side < :seq)`,
    ExpressionAttributeNames: { '#read': 'read', '#side': side },
    ExpressionAttributeValues: { ':seq': seq, ':who': side === 'customer' ? reader.visitorId : reader.agentId },
    ReturnValues: 'ALL_NEW',
  });
}

/** Ids of an agent's chats with activity since `since`, newest first (the byAgent index holds keys only). */
export async function agentChatIds(agentId: string, since: number, limit: number): Promise<string[]> {
  const index = TABLE.indexes.byAgent;
  const { Items = [] } = await db.send(new QueryCommand({
    TableName,
    IndexName: index.name,
    KeyConditionExpression: `${index.partitionKey} = :a AND ${index.sortKey} >= :since`,
    ExpressionAttributeValues: { ':a': indexValues.agent(agentId), ':since': since },
    ScanIndexForward: false,
    Limit: limit,
  }));
  return Items.map((item) => chatIdOf(item.pk as string));
}

/** An agent's chats with activity since `since`, newest first, read whole by key. */
export async function agentChats(agentId: string, since: number, limit: number): Promise<ChatItem[]> {
  const ids = await agentChatIds(agentId, since, limit);
  const chats = await getChats(ids);
  return ids.flatMap((id) => chats.get(id) ?? []);
}
