/** Every DynamoDB key Parley writes. Nothing outside the store builds a key. */

const SEQ_DIGITS = 10;

export const keys = {
  chat: (chatId: string) => ({ pk: `CHAT#${chatId}`, sk: 'CHAT' }),
  message: (chatId: string, seq: number) => ({ pk: `CHAT#${chatId}`, sk: messageSk(seq) }),
  connection: (connectionId: string) => ({ pk: `CONN#${connectionId}`, sk: 'CONN' }),
  /** All live agent connections share one partition: a tenant has tens of agents, not thousands. */
  agentConnection: (connectionId: string) => ({ pk: AGENT_CONNECTIONS, sk: connectionId }),
  agent: (agentId: string) => ({ pk: `AGENT#${agentId}`, sk: 'PROFILE' }),
  login: (email: string) => ({ pk: `LOGIN#${email.toLowerCase()}`, sk: 'LOGIN' }),
  ticket: (ticket: string) => ({ pk: `TICKET#${ticket}`, sk: 'TICKET' }),
  signingKey: () => ({ pk: 'CONFIG', sk: 'SIGNING_KEY' }),
  counter: (name: string) => ({ pk: 'COUNTER', sk: name }),
  request: (number: number) => ({ pk: REQUESTS, sk: `REQ#${String(number).padStart(SEQ_DIGITS, '0')}` }),
  queueStats: () => ({ pk: 'STATS', sk: 'QUEUE' }),
  person: (personId: string) => ({ pk: `PERSON#${personId}`, sk: 'PROFILE' }),
  company: (companyId: string) => ({ pk: `COMPANY#${companyId}`, sk: 'PROFILE' }),
  /** Search rows: partitioned by a term's first two characters, sorted by the whole term. */
  contactTerm: (term: string, personId: string) => ({ pk: `CSEARCH#${term.slice(0, 2)}`, sk: `${term}#${personId}` }),
  personChat: (personId: string, createdAt: number, chatId: string) => ({ pk: `PERSON#${personId}`, sk: `CHAT#${pad(createdAt)}#${chatId}` }),
  personRequest: (personId: string, number: number) => ({ pk: `PERSON#${personId}`, sk: `REQ#${pad(number)}` }),
  /** An offline-form request from an address no contact had yet, waiting for a contact saved with it. */
  waitingRequest: (email: string, number: number) => ({ pk: `WAITREQ#${email}`, sk: `REQ#${pad(number)}` }),
  /** One per chat, keyed by when it started: a redelivered event, or the end of a reopened chat, rewrites the same item. */
  personActivity: (personId: string, startedAt: number, chatId: string) => ({ pk: `PERSON#${personId}`, sk: `ACT#${pad(startedAt)}#chat#${chatId}` }),
  outbox: (at: number, id: string) => ({ pk: OUTBOX, sk: `${pad(at)}#${id}` }),
  /** Outgoing mail (transcripts); the local mailbox shows it. */
  mail: (at: number, id: string) => ({ pk: MAILBOX, sk: `${pad(at)}#${id}` }),
  /** Channel settings share a partition: a tenant has a handful of channels, listed together. */
  channel: (channelId: string) => ({ pk: CHANNELS, sk: channelId }),
  /** Agents whose last console went away, so the sweeper can hand their chats on without scanning chats. */
  agentGone: (agentId: string) => ({ pk: 'AGENTSGONE', sk: agentId }),
  /** Answered chats whose customer left the page, so the sweeper can end those left too long without scanning chats. */
  customerLeft: (chatId: string) => ({ pk: 'CUSTOMERSLEFT', sk: chatId }),
  /** Pending transfers, so the sweeper can time them out without scanning chats. */
  pendingTransfer: (chatId: string) => ({ pk: 'TRANSFERS', sk: chatId }),
  /** Shared FAQ, templates and quick replies: one partition, read whole (a tenant has hundreds, not millions). */
  sharedReply: (replyId: string) => ({ pk: SHARED_REPLIES, sk: replyId }),
  /** An agent's own quick replies. */
  ownReply: (agentId: string, replyId: string) => ({ pk: `REPLIES#${agentId}`, sk: replyId }),
  /** An agent's favourite mark and last use of one reply. */
  replyMark: (agentId: string, replyId: string) => ({ pk: `REPLYMARKS#${agentId}`, sk: replyId }),
  /** The document library: one partition, small (tens of documents), listed whole. */
  document: (documentId: string) => ({ pk: DOCUMENTS, sk: documentId }),
  /**
   * Statistics counters of one channel and UTC hour, spread over a few shard items (see
   * store/stats.ts), sorted by time. Items written before the shards have no `#shard` suffix.
   */
  statsHour: (channel: string, hour: number, shard: number) => ({ pk: `STATS#${channel}`, sk: `${statsHourSk(hour)}#${shard}` }),
  /**
   * Where statistics counters are written while their hour is recent: many small items (see
   * STATS_RECENT_SHARDS), each under 1 KB at 1,000 chats an hour, so a count costs one write unit.
   * They expire a week after their hour, long after the sweeper has rolled them up.
   */
  statsRecent: (channel: string, hour: number, shard: number) => ({ pk: `STATS#${channel}`, sk: `${statsSk('F', hour)}#${String(shard).padStart(3, '0')}` }),
  /** An hour's counters summed into one item by the sweeper, once no recent write can reach it. */
  statsRollup: (channel: string, hour: number) => ({ pk: `STATS#${channel}`, sk: statsSk('R', hour) }),
  /**
   * The few counters of a rolled-up hour that the Dashboard's live figures add up over three days,
   * written beside its roll-up: a roll-up holds every agent's counters and grows with the team, and
   * a read is billed by the size of the items it returns, not by what it projects.
   */
  statsLive: (channel: string, hour: number) => ({ pk: `STATS#${channel}`, sk: statsSk('V', hour) }),
  /** Events counted after their hour was rolled up (a chat's end keyed by its answer's hour, a retry), read beside the roll-up. */
  statsLate: (channel: string, hour: number, shard: number) => ({ pk: `STATS#${channel}`, sk: `${statsSk('L', hour)}#${shard}` }),
  /** Up to which hour a channel's statistics are rolled up. */
  statsRollupMark: (channel: string) => ({ pk: `STATS#${channel}`, sk: 'MARK#ROLLUP' }),
  /** Marks that the demo statistics were seeded, so seeding again adds nothing. */
  statsDemo: () => ({ pk: 'STATS', sk: 'DEMO' }),
  /** Marks that the demo FAQ and reply templates were seeded (outside the replies' partition, which is read whole). */
  repliesDemo: () => ({ pk: 'DEMO', sk: 'REPLIES' }),
  /** The list of a tenant's agents (ids only; the profiles hold the rest), so listing them needs no scan. */
  agentDirectory: (agentId: string) => ({ pk: AGENT_DIRECTORY, sk: agentId }),
  /** A set-password link, keyed by the SHA-256 of its secret so the table never holds a usable link. */
  invite: (secretHash: string) => ({ pk: `INVITE#${secretHash}`, sk: 'INVITE' }),
  /** The admin audit log, one partition sorted by time: admins change things a few times a day, not a thousand a second. */
  audit: (at: number, id: string) => ({ pk: AUDIT, sk: `${pad(at)}#${id}` }),
  /** Ended chats, one partition per month they started in (`2026-11`), newest last: a search reads a month at a time. */
  historyChat: (month: string, startedAt: number, chatId: string) => ({ pk: `HISTORY#${month}`, sk: `${pad(startedAt)}#${chatId}` }),
  /** Hits from one source (e.g. an IP address) on one guarded door in one time window. */
  rateCounter: (door: string, source: string, window: number) => ({ pk: `RATE#${door}#${source}`, sk: String(window) }),
  /** A client-chosen request id, claimed by its first submission, per visitor or agent who sent it. */
  requestClaim: (owner: string, clientRequestId: string) => ({ pk: `REQCLAIM#${owner}#${clientRequestId}`, sk: 'REQCLAIM' }),
  /** Recent failed logins of one email address from anywhere, and its lockout for everyone. */
  loginFailures: (email: string) => ({ pk: `LOGINFAIL#${email.toLowerCase()}`, sk: 'LOGINFAIL' }),
  /** Recent failed logins of one email address from one source address, and its lockout there: same partition, so they clear together. */
  loginFailuresFrom: (email: string, source: string) => ({ pk: `LOGINFAIL#${email.toLowerCase()}`, sk: `FROM#${source}` }),
  /** Held while a change that could remove an active admin checks and writes, so two such changes cannot both pass the check. */
  adminChangeLease: () => ({ pk: 'CONFIG', sk: 'ADMIN_CHANGE_LEASE' }),
  /** A WebSocket ticket that was redeemed, by the ticket's random id: its existence makes the ticket single-use. */
  spentTicket: (ticketId: string) => ({ pk: `SPENT#${ticketId}`, sk: 'SPENT' }),
};


export const DOCUMENTS = 'DOCUMENTS';

/**
 * Object keys in the files bucket; every file of a chat lives under the chat's prefix. Browsers
 * upload under UPLOADS_PREFIX, which the bucket empties after a day: a file that passes the checks
 * is moved out of it, so an upload nobody sent is not kept.
 */
export const objectKeys = {
  chatFile: (chatId: string, fileId: string) => `chats/${chatId}/${fileId}`,
  document: (documentId: string) => `documents/${documentId}`,
  chatUpload: (chatId: string, fileId: string) => `${UPLOADS_PREFIX}chats/${chatId}/${fileId}`,
  documentUpload: (documentId: string) => `${UPLOADS_PREFIX}documents/${documentId}`,
};

/**
 * An hour's counters are spread over this many items, by the counted event's digest. DynamoDB bills
 * a write by the whole item's size, and each item keeps the digests of the events it counted, so
 * one item per hour made every write of a busy hour dearer than the last (a 500-chat hour ended
 * at 17 KB, 18 write units a write; `npx tsx bench/stats-item-size.ts`). Four items cut that by
 * four, and a range read reads up to four times the items, each smaller. A redelivered event has the same digest, so the same item.
 * Since roll-ups these items are no longer written, only read (and rolled up): see STATS_RECENT_SHARDS.
 */
export const STATS_SHARDS = 4;

export const statsHourSk = (hour: number) => `H#${new Date(hour).toISOString().slice(0, 13)}`;

/**
 * The items an hour's counters are written to while it is recent, by the counted event's digest:
 * at 1,000 chats an hour each stays under 1 KB, seen digests, counters and agents' names included
 * (`npx tsx bench/stats-item-size.ts 10 100 500 1000`). Late events are few: a handful of items.
 */
export const STATS_RECENT_SHARDS = 256;
export const STATS_LATE_SHARDS = 4;

/** Sort key of one kind of statistics item for an hour: `F` recent, `R` roll-up, `V` its live counters, `L` late (`H`, statsHourSk, the items before them). */
export const statsSk = (kind: 'F' | 'R' | 'V' | 'L' | 'H', hour: number) => `${kind}#${new Date(hour).toISOString().slice(0, 13)}`;

export const AGENT_DIRECTORY = 'AGENTS';
export const AUDIT = 'AUDIT';
export const UPLOADS_PREFIX = 'uploads/';

export const OUTBOX = 'OUTBOX';
export const CHANNELS = 'CHANNELS';
export const MAILBOX = 'MAILBOX';
const pad = (n: number) => String(n).padStart(15, '0');

export const REQUESTS = 'REQUESTS';

export const SHARED_REPLIES = 'REPLIES';

export const AGENT_CONNECTIONS = 'AGENTCONNS';

/** The chat id in a chat item's (or message's) partition key. */
export const chatIdOf = (pk: string) => pk.slice('CHAT#'.length);

export function messageSk(seq: number): string {
  return `MSG#${String(seq).padStart(SEQ_DIGITS, '0')}`;
}

/** Index attribute values. */
export const indexValues = {
  /** One queue per tenant; a chat's channel is an attribute of the row. */
  queue: () => 'QUEUE',
  agent: (agentId: string) => `AGENT#${agentId}`,
};
