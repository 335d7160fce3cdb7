/**
 * What one push of the Dashboard's live figures reads, for a channel with three days of history:
 * the benchmark's levels start from an empty table, so they see only the hour being counted, while
 * a tenant that has run for a while has every hour of the last three days rolled up. Each run seeds
 * one channel with N chats an hour served by A agents (the hours before the current one rolled up
 * as the sweeper does; the current hour counted through the real writer), then reads the live
 * figures through the real domain code and prints the read units they cost.
 *
 *   npx tsx bench/live-figures-read.ts 10:2 100:20 500:100
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { ensureTable, startDynalite } from '../infra/local/dynamo';

const HOUR_MS = 3_600_000;
const DAYS = 3;
const TABLE = 'live-read';
/** Half past the hour: the hour before is not rolled up yet, as for a quarter of every hour. */
const NOW = Date.UTC(2026, 10, 20, 9, 30);

interface Level { chatsPerHour: number; agents: number }

/** The bus events of one hour's chats: started, answered after 30 s, ended 5 min later (in the current hour a tenth still going on). */
function eventsOf(hour: number, { chatsPerHour, agents }: Level, channel: string, current: boolean): { type: string; detail: Record<string, unknown> }[] {
  return Array.from({ length: chatsPerHour }, (_, i) => {
    const chatId = `live-${hour}-${String(i).padStart(5, '0')}`;
    const startedAt = hour + Math.floor((i * 3_000_000) / chatsPerHour);
    const agent = { id: `agent-${String(i % agents).padStart(12, '0')}`, name: `Agent ${i % agents}` };
    const base = { version: 1, chatId, channel, startedAt, queuedAt: startedAt, answeredAt: startedAt + 30_000, agent };
    const customer = { name: 'Mila', email: 'mila@example.com' };
    const goingOn = current && i % 10 === 9;
    return [
      { type: 'chat.started', detail: { ...base, customer } },
      { type: 'chat.answered', detail: base },
      ...(goingOn ? [] : [{ type: 'chat.ended', detail: { ...base, customer, endedAt: startedAt + 330_000, endedBy: 'agent', messages: 20 } }]),
    ];
  }).flat();
}

async function measure(level: Level): Promise<{ readUnits: number; calls: number; activeChats: number }> {
  const { counterWrites } = await import('../functions/domain/stats/counter-writes');
  const { placeOf } = await import('../functions/domain/stats/rollup-rules');
  const { rollUpChannel } = await import('../functions/domain/stats/rollup');
  const { liveFigures } = await import('../functions/domain/stats');
  const { addToStatsHour } = await import('../functions/store/stats');
  // The default channel, which needs no stored settings: the live figures read every channel.
  const channel = 'default';
  const current = Math.floor(NOW / HOUR_MS) * HOUR_MS;
  // Each past hour counted while recent, then rolled up by a sweep an hour on: what a tenant's table holds.
  for (let hour = current - DAYS * 24 * HOUR_MS; hour <= current; hour += HOUR_MS) {
    const writes = eventsOf(hour, level, channel, hour === current).flatMap((event) => counterWrites(event.type, event.detail));
    for (let i = 0; i < writes.length; i += 50) {
      await Promise.all(writes.slice(i, i + 50).map((write) => addToStatsHour(write, placeOf(write.hour, Math.min(NOW, hour + HOUR_MS)))));
    }
    if (hour + 2 * HOUR_MS <= NOW) await rollUpChannel(channel, hour + 2 * HOUR_MS);
  }
  // Twice: a sweep writes roll-ups and marks them pending; the next one tells readers to rely on them.
  await rollUpChannel(channel, NOW);
  await rollUpChannel(channel, NOW);
  const units: number[] = [];
  (globalThis as { __parleyMetrics?: unknown }).__parleyMetrics = {
    dynamo: (_op: string, consumed?: { CapacityUnits?: number }) => units.push(consumed?.CapacityUnits ?? 0),
  };
  const figures = await liveFigures(NOW);
  (globalThis as { __parleyMetrics?: unknown }).__parleyMetrics = undefined;
  return { readUnits: units.reduce((sum, u) => sum + u, 0), calls: units.length, activeChats: figures.activeChats };
}

async function main(): Promise<void> {
  if (process.env.LIVE_READ_CHILD) return child(process.env.LIVE_READ_CHILD);
  const levels = process.argv.slice(2).filter((arg) => /^\d+:\d+$/.test(arg) && !arg.split(':').includes('0'));
  // A table per level: the store reads its table name once, so each level runs in a child of its own.
  const { execFileSync } = await import('node:child_process');
  for (const level of levels.length ? levels : ['10:2', '100:20', '500:100']) {
    process.stdout.write(execFileSync(process.execPath, [...process.execArgv, process.argv[1]], {
      env: { ...process.env, LIVE_READ_CHILD: level, NODE_NO_WARNINGS: '1' }, stdio: ['ignore', 'pipe', 'inherit'],
    }));
  }
}

async function child(spec: string): Promise<void> {
  const [chatsPerHour, agents] = spec.split(':').map(Number);
  const dataDir = await mkdtemp(join(tmpdir(), 'parley-live-read-'));
  const dynamo = await startDynalite(dataDir);
  // Read once by the store's config at its first import, inside measure().
  Object.assign(process.env, { TABLE_NAME: TABLE, DYNAMODB_ENDPOINT: dynamo.endpoint, AWS_REGION: 'eu-west-1', AWS_ACCESS_KEY_ID: 'local', AWS_SECRET_ACCESS_KEY: 'local' });
  await ensureTable(new DynamoDBClient({ endpoint: dynamo.endpoint }), TABLE);
  try {
    const m = await measure({ chatsPerHour, agents });
    console.log(`${chatsPerHour} chats an hour, ${agents} agents, ${DAYS} days of history: one live-figures read costs ${m.readUnits} read units in ${m.calls} calls (${m.activeChats} chats going on)`);
  } finally {
    await dynamo.close();
    await rm(dataDir, { recursive: true, force: true });
  }
}

void main();
