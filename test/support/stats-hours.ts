/**
 * For the statistics tests: bus events handed to the statistics writer as EventBridge would hand
 * them again (same detail, a new event id), the figures read over HTTP, and the table's statistics
 * items read directly.
 */
import { randomBytes } from 'node:crypto';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DeleteCommand, DynamoDBDocumentClient, PutCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import type { LiveFigures, StatsFigures } from '../../functions/protocol';
import { keys } from '../../functions/store/keys';
import { ADMIN } from './admin';
import { api, loginAgent } from './clients';
import type { TestRuntime } from './runtime';
import { runtimePerTest } from './runtime-world';
import { shiftedClock, type ShiftedClock } from './shifted-clock';

export type StatsItem = { sk: string; hour: number; seen?: Set<string>; expiresAt?: number } & Record<string, unknown>;

export function statsWorld(runtime: TestRuntime, channel = 'default') {
  const db = DynamoDBDocumentClient.from(new DynamoDBClient({ endpoint: runtime.dynamoEndpoint, region: runtime.region, credentials: runtime.credentials }));
  const { pk } = keys.statsRollupMark(channel);
  let token: string | undefined;
  const bearer = async () => (token ??= (await loginAgent(runtime.url, ADMIN.email, ADMIN.password)).token);
  return {
    /** Signs the admin in now: a token issued by a clock stood in the past would already have expired. */
    signIn: bearer,
    deliver: (detailType: string, detail: Record<string, unknown>) => runtime.invoke<{ counted: number }>('EventStatsWriter', {
      version: '0', id: randomBytes(8).toString('hex'), 'detail-type': detailType, source: 'parley', account: 'local',
      time: new Date().toISOString(), region: 'local', resources: [], detail,
    }),
    sweepAt: (at: number) => runtime.scheduler.fire('Sweeper', new Date(at)) as Promise<{ statsHoursRolledUp: number }>,
    figures: async (from: string, to = from) => (await api<StatsFigures>(runtime.url, `/api/stats?from=${from}&to=${to}`, { method: 'GET', token: await bearer() })).body,
    live: async () => (await api<LiveFigures>(runtime.url, '/api/stats/live', { method: 'GET', token: await bearer() })).body,
    /** The channel's statistics items whose sort key starts with `prefix` (e.g. `F#`, `R#2026-11-20T09`). */
    items: async (prefix: string) => {
      const { Items } = await db.send(new QueryCommand({
        TableName: runtime.tableName, KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)', ExpressionAttributeValues: { ':pk': pk, ':prefix': prefix },
      }));
      return (Items ?? []) as StatsItem[];
    },
    put: (item: Record<string, unknown>) => db.send(new PutCommand({ TableName: runtime.tableName, Item: { pk, ...item } })),
    forgetRollupMark: () => db.send(new DeleteCommand({ TableName: runtime.tableName, Key: keys.statsRollupMark(channel) })),
    close: () => db.destroy(),
  };
}

export type StatsWorld = ReturnType<typeof statsWorld>;

/**
 * A fresh runtime per test, its admin signed in at the real time, then its handlers' clock set to
 * `at`; `ready` gets the runtime and its statistics world. Returns the clock, for tests to move.
 */
export function statsWorldPerTest(at: number, ready: (runtime: TestRuntime, stats: StatsWorld) => void): ShiftedClock {
  const clock = shiftedClock();
  let stats: StatsWorld | undefined;
  runtimePerTest(async (runtime) => {
    clock.standAt(Date.now());
    stats = statsWorld(runtime);
    await stats.signIn();
    clock.standAt(at);
    ready(runtime, stats);
  }, [], { handlerEnv: clock.env });
  afterEach(() => stats?.close());
  afterAll(() => clock.remove());
  return clock;
}
