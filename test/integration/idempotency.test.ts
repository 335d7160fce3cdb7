/**
 * A retried Lambda runs the same event twice: each WebSocket handler given the very same event a
 * second time leaves the table exactly as the first run left it. One row per route; add a row for a new one.
 */
import { randomBytes } from 'node:crypto';
import { ANNA, type TestRuntime } from '../support/runtime';
import { runtimePerFile } from '../support/runtime-world';
import { api, Client, connectAgent, connectCustomer, loginAgent } from '../support/clients';
import { snapshotDiff, tableSnapshot } from '../support/security/table-snapshot';

let runtime: TestRuntime;
let customer: { client: Client; connectionId: string };
let agent: { client: Client; connectionId: string };
let personId: string;
const clients: Client[] = [];
const CHAT = 'retried-chat-0001';

/** A connection, with the id the gateway gave it (the id a handler's event carries). */
async function withConnectionId(connect: () => Promise<Client>) {
  const before = new Set(runtime.gateway.registry.all().map((c) => c.connectionId));
  const client = await connect();
  return { client, connectionId: runtime.gateway.registry.all().map((c) => c.connectionId).find((id) => !before.has(id))! };
}

/** The event API Gateway would hand the route's Lambda, built once so both runs get the same one. */
function messageEvent(connectionId: string, frame: Record<string, unknown>) {
  const now = Date.now();
  return {
    requestContext: {
      routeKey: frame.action, eventType: 'MESSAGE', connectionId, connectedAt: now, requestId: randomBytes(8).toString('base64url'),
      messageId: randomBytes(8).toString('base64url'), requestTimeEpoch: now, domainName: 'localhost', stage: 'live', apiId: 'local',
      identity: { sourceIp: '127.0.0.1' },
    },
    body: JSON.stringify(frame),
    isBase64Encoded: false,
  };
}

runtimePerFile(async (started) => {
  runtime = started;
  agent = await withConnectionId(() => connectAgent(runtime.url, runtime.wsUrl, ANNA.email, ANNA.password));
  customer = await withConnectionId(() => connectCustomer(runtime.url, runtime.wsUrl));
  clients.push(customer.client, agent.client);
  const { token } = await loginAgent(runtime.url, ANNA.email, ANNA.password);
  personId = (await api<{ person: { personId: string } }>(runtime.url, '/api/contacts', { token, body: { name: 'Retry Person' } })).body.person.personId;
}, clients);

/** `changes`: whether the first run itself changes the table (a sync of a chat already followed does not). */
type Row = [handler: string, who: 'customer' | 'agent', frame: () => Record<string, unknown>, changes: boolean];
// In order: each row builds on the state the rows before it left.
const ROWS: Row[] = [
  ['WsChatStart', 'customer', () => ({ action: 'chat.start', chatId: CHAT, name: 'Rita', email: 'rita@example.com', question: 'Retried?' }), true],
  ['WsQueueClaim', 'agent', () => ({ action: 'queue.claim', chatId: CHAT }), true],
  ['WsMessageSend', 'customer', () => ({ action: 'message.send', chatId: CHAT, clientMessageId: 'retried-msg-01', text: 'Once only' }), true],
  ['WsMessageSend', 'agent', () => ({ action: 'message.send', chatId: CHAT, clientMessageId: 'retried-msg-02', text: 'Also once' }), true],
  ['WsChatRead', 'agent', () => ({ action: 'chat.read', chatId: CHAT, seq: 3 }), true],
  ['WsChatLink', 'agent', () => ({ action: 'chat.link', chatId: CHAT, personId }), true],
  ['WsPresenceSet', 'agent', () => ({ action: 'presence.set', status: 'present' }), true],
  ['WsWatch', 'agent', () => ({ action: 'watch', stats: true, seq: 1 }), true],
  ['WsSync', 'customer', () => ({ action: 'sync', cursors: { [CHAT]: 0 } }), false],
  ['WsChatEnd', 'customer', () => ({ action: 'chat.end', chatId: CHAT }), true],
  ['WsChatFeedback', 'customer', () => ({ action: 'chat.feedback', chatId: CHAT, rating: 4 }), true],
  ['WsChatReopen', 'customer', () => ({ action: 'chat.reopen', chatId: CHAT }), true],
  ['WsChatEnd', 'agent', () => ({ action: 'chat.end', chatId: CHAT }), true],
];

/**
 * The table as a handler leaves it, but for when the next queue broadcast round may start: a retried frame
 * that changes who is Present tells everyone the queue again, which is bookkeeping, not state.
 */
async function settledTable(): Promise<string[]> {
  return (await tableSnapshot(runtime)).map((row) => {
    const { nextRoundAt: _nextRoundAt, ...item } = JSON.parse(row) as Record<string, unknown>;
    return JSON.stringify(item);
  });
}

/** Runs `handler` on `event` twice: the first run changes the table or not, as `changes` says; the second changes nothing. */
async function runTwice(handler: string, event: unknown, changes: boolean) {
  const before = await settledTable();
  await runtime.invoke(handler, event);
  await runtime.idle();
  const once = await settledTable();
  expect(once.join('\n') !== before.join('\n')).toBe(changes);
  await runtime.invoke(handler, event);
  await runtime.idle();
  expect(snapshotDiff(once, await settledTable())).toEqual({ gone: [], added: [] });
}

test.each(ROWS)('%s (%s) run twice with the same event leaves the state of the first run', async (handler, who, frame, changes) => {
  await runTwice(handler, messageEvent((who === 'customer' ? customer : agent).connectionId, frame()), changes);
});

/** The event EventBridge would hand a rule's Lambda; a redelivery carries the very same event. */
function busEvent(detailType: string, detail: Record<string, unknown>) {
  return { version: '0', id: randomBytes(8).toString('hex'), 'detail-type': detailType, source: 'parley', account: 'local', time: new Date().toISOString(), region: 'local', resources: [], detail };
}

const SOME_CHAT = 'redelivered-chat-01';
const startedAt = Date.UTC(2026, 10, 20, 9, 0);
/** `changes` as above: the history row of CHAT was written when it ended, so its redelivery changes nothing at all. */
type EventRow = [handler: string, detailType: string, detail: () => Record<string, unknown>, changes: boolean];
const ended = (chatId: string) => () => ({
  version: 1, chatId, channel: 'default', personId, agent: { id: 'agent-1', name: 'Anna' }, customer: { name: 'Rita', email: 'rita@example.com' },
  startedAt, answeredAt: startedAt + 30_000, endedAt: startedAt + 500_000, endedBy: 'customer', messages: 6,
});
const EVENT_ROWS: EventRow[] = [
  ['EventStatsWriter', 'chat.started', () => ({ version: 1, chatId: SOME_CHAT, channel: 'default', customer: { name: 'Rita', email: 'rita@example.com' }, startedAt }), true],
  ['EventStatsWriter', 'chat.answered', () => ({ version: 1, chatId: SOME_CHAT, channel: 'default', agent: { id: 'agent-1', name: 'Anna' }, startedAt, queuedAt: startedAt, answeredAt: startedAt + 30_000 }), true],
  ['EventStatsWriter', 'chat.requeued', () => ({ version: 1, chatId: 'requeued-chat-01', channel: 'default', agent: { id: 'agent-1', name: 'Anna' }, answeredAt: startedAt + 30_000, requeuedAt: startedAt + 400_000 }), true],
  ['EventStatsWriter', 'chat.rated', () => ({ version: 1, chatId: SOME_CHAT, channel: 'default', rating: 5, agent: { id: 'agent-1', name: 'Anna' }, ratedAt: startedAt + 600_000 }), true],
  ['EventStatsWriter', 'chat.ended', ended(SOME_CHAT), true],
  ['EventActivityWriter', 'chat.ended', ended(SOME_CHAT), true],
  ['EventHistoryWriter', 'chat.ended', ended(CHAT), false],
];

test.each(EVENT_ROWS)('%s given the same %s event twice (a redelivery) leaves the state of the first delivery', async (handler, detailType, detail, changes) => {
  await runTwice(handler, busEvent(detailType, detail()), changes);
});
