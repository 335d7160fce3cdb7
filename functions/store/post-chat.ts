/** After a chat: the customer's feedback, reopening it ("Back to chat"), and the outgoing mail it may cause. */
import { GetCommand, PutCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { db, TableName } from '../adapters/dynamo';
import { activityHour, recordEvent, type ChatEventRecord, type ChatItem } from './chats';
import { updateChatIf } from './conditional-update';
import { indexValues, keys, MAILBOX } from './keys';

/** Stores the feedback of an ended chat, once per end, from its own customer; counts its ratings. */
export async function setFeedback(chatId: string, visitorId: string, feedback: NonNullable<ChatItem['feedback']>, withTranscript: boolean): Promise<ChatItem | undefined> {
  // Only where the chat's channel has the form on, and mails transcripts when one is asked for.
  const allowed = `attribute_not_exists(postChatForm)${withTranscript ? ' AND attribute_not_exists(transcriptByEmail)' : ''}`;
  return updateChatIf({
    Key: keys.chat(chatId),
    UpdateExpression: 'SET feedback = :f, ratings = if_not_exists(ratings, :none) + :one',
    ConditionExpression: `visitorId = :v AND #status = :ended AND attribute_not_exists(feedback) AND ${allowed}`,
    ExpressionAttributeNames: { '#status': 'status' },
    // A comment alone is no rating: only a rating counts towards `ratings`.
    ExpressionAttributeValues: { ':f': feedback, ':v': visitorId, ':ended': 'ended', ':none': 0, ':one': feedback.rating ? 1 : 0 },
    ReturnValues: 'ALL_NEW',
  });
}

/** Where a reopened chat goes: its agent, the queue, or the channel's bot that had it. */
export type ReopenTo = 'agent' | 'queue' | 'bot';

/** What each destination sets, with the values its expression names. */
const REOPEN_TO: Record<ReopenTo, (now: number) => { set: string; values: Record<string, unknown> }> = {
  // An answer begins again: the next end closes this one (stats/counter-writes.ts).
  agent: (now) => ({ set: '#status = :active, answeredAt = :now REMOVE endedAt, endedBy, feedback, customerLeftAt', values: { ':active': 'active', ':now': now } }),
  queue: (now) => ({
    set: '#status = :queued, queuePk = :q, queuedAt = :now, alerts = :none REMOVE endedAt, endedBy, agentId, agentName, agentPk, feedback, customerLeftAt',
    values: { ':queued': 'queued', ':q': indexValues.queue(), ':none': {}, ':now': now },
  }),
  // Outside the queue index, as a new chat with a bot waits.
  bot: () => ({ set: '#status = :queued REMOVE endedAt, endedBy, feedback, customerLeftAt', values: { ':queued': 'queued' } }),
};

/**
 * Makes an ended chat ongoing again: with its agent, with the bot that had it, or back in the queue.
 * Allocates the seq of the "reopened" event. The answers of the post-chat form (`feedback`) make way
 * for the next end's; the first ones given are kept as `earlierFeedback`.
 */
export async function reopenChat(
  chatId: string, visitorId: string, endedAfter: number, to: ReopenTo, now: number, reopened: ChatEventRecord, feedback?: ChatItem['feedback'],
): Promise<ChatItem | undefined> {
  const event = recordEvent(reopened);
  const { set, values } = REOPEN_TO[to](now);
  const keep = feedback ? { clause: 'earlierFeedback = if_not_exists(earlierFeedback, :earlier), ', values: { ':earlier': feedback } } : { clause: '', values: {} };
  return updateChatIf({
    Key: keys.chat(chatId),
    UpdateExpression: `SET lastSeq = lastSeq + :one, activityAt = :activity, endedBefore = :true, ${event.clause}, ${keep.clause}${set}`,
    // "Back to chat" is part of the post-chat form: a chat whose channel has it off cannot be reopened.
    ConditionExpression: 'visitorId = :v AND #status = :ended AND endedAt > :after AND attribute_not_exists(postChatForm)',
    ExpressionAttributeNames: { '#status': 'status' },
    ExpressionAttributeValues: { ':one': 1, ':true': true, ':activity': activityHour(now), ':v': visitorId, ':ended': 'ended', ':after': endedAfter, ...event.values, ...keep.values, ...values },
    ReturnValues: 'ALL_NEW',
  });
}

/** How a mail left: only recorded for the local mailbox, sent through SES, or not sent (no sender, or SES refused). */
export type MailDelivery = 'local-mailbox' | 'sent' | 'no-sender' | 'failed';

export interface MailItem {
  id: string;
  at: number;
  to: string;
  subject: string;
  text: string;
  delivery?: MailDelivery;
  from?: string;
  /** SES's message id, or its error, for whoever traces a mail that did not arrive. */
  messageId?: string;
  failure?: string;
}

export async function putMail(mail: MailItem): Promise<void> {
  await db.send(new PutCommand({ TableName, Item: { ...keys.mail(mail.at, mail.id), ...mail } }));
}

/** Newest first. */
export async function listMail(limit: number): Promise<MailItem[]> {
  const { Items = [] } = await db.send(new QueryCommand({
    TableName,
    KeyConditionExpression: 'pk = :pk',
    ExpressionAttributeValues: { ':pk': MAILBOX },
    ScanIndexForward: false,
    Limit: limit,
  }));
  return Items.map(({ pk: _pk, sk: _sk, ...mail }) => mail as MailItem);
}

export async function getMail(at: number, id: string): Promise<MailItem | undefined> {
  const { Item } = await db.send(new GetCommand({ TableName, Key: keys.mail(at, id) }));
  if (!Item) return undefined;
  const { pk: _pk, sk: _sk, ...mail } = Item;
  return mail as MailItem;
}
