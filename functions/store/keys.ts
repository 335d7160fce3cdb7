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
  /** One per chat, keyed by when it started: a redelivered event, or the end of a reopened chat, rewrites the same item. */
  personActivity: (personId: string, startedAt: number, chatId: string) => ({ pk: `PERSON#${personId}`, sk: `ACT#${pad(startedAt)}#chat#${chatId}` }),
  outbox: (at: number, id: string) => ({ pk: OUTBOX, sk: `${pad(at)}#${id}` }),
  /** Outgoing mail (transcripts); the local mailbox shows it. */
  mail: (at: number, id: string) => ({ pk: MAILBOX, sk: `${pad(at)}#${id}` }),
  /** Pending transfers, so the sweeper can time them out without scanning chats. */
  pendingTransfer: (chatId: string) => ({ pk: 'TRANSFERS', sk: chatId }),
  /** Hits from one source (e.g. an IP address) on one guarded door in one time window. */
  rateCounter: (door: string, source: string, window: number) => ({ pk: `RATE#${door}#${source}`, sk: String(window) }),
  /** Recent failed logins of one email address, and its lockout. */
  loginFailures: (email: string) => ({ pk: `LOGINFAIL#${email.toLowerCase()}`, sk: 'LOGINFAIL' }),
};

export const OUTBOX = 'OUTBOX';
export const MAILBOX = 'MAILBOX';
const pad = (n: number) => String(n).padStart(15, '0');

export const REQUESTS = 'REQUESTS';

export const AGENT_CONNECTIONS = 'AGENTCONNS';

export function messageSk(seq: number): string {
  return `MSG#${String(seq).padStart(SEQ_DIGITS, '0')}`;
}

/** Index attribute values. */
export const indexValues = {
  /** One queue per tenant; a chat's channel is an attribute of the row. */
  queue: () => 'QUEUE',
  agent: (agentId: string) => `AGENT#${agentId}`,
};
