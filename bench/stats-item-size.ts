/**
 * How big one hour's statistics counter items grow, and what a write to them costs, when N chats are
 * started, answered and ended in that hour on one channel: the real store against dynalite, which
 * sizes items and bills writes as DynamoDB does (by the larger of the old and new item, per KB).
 *
 *   npx tsx bench/stats-item-size.ts 100 1000
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DynamoDBClient, GetItemCommand } from '@aws-sdk/client-dynamodb';
import { ensureTable, startDynalite } from '../infra/local/dynamo';

// dynalite ships no types; its item sizing is DynamoDB's documented one.
const { itemSize } = createRequire(import.meta.url)('dynalite/db') as { itemSize(item: unknown): number };
const HOUR = Date.UTC(2026, 10, 20, 9);
const AGENTS = 20;
const TABLE = 'stats-size';

interface Measured { chats: number; writes: number; items: number; itemBytes: number; largestItemBytes: number; lastWriteUnits: number; writeUnitsPerChat: number; itemReadUnits: number }

/** The bus events of `chats` chats, all within one hour: started, answered after 30 s, ended 5 min later. */
function eventsOf(chats: number, channel: string): { type: string; detail: Record<string, unknown> }[] {
  return Array.from({ length: chats }, (_, i) => {
    const chatId = `V1StGXR8_Z5jdHi6B-${String(i).padStart(4, '0')}`;
    const startedAt = HOUR + Math.floor((i * 3_000_000) / chats);
    const agent = { id: `agent-${String(i % AGENTS).padStart(12, '0')}`, name: `Agent ${i % AGENTS}` };
    const base = { version: 1, chatId, channel, startedAt, queuedAt: startedAt, answeredAt: startedAt + 30_000, agent };
    return [
      { type: 'chat.started', detail: { ...base, customer: { name: 'Mila', email: 'mila@example.com' } } },
      { type: 'chat.answered', detail: base },
      { type: 'chat.ended', detail: { ...base, customer: { name: 'Mila', email: 'mila@example.com' }, endedAt: startedAt + 330_000, endedBy: 'agent', messages: 8 } },
    ];
  }).flat();
}

async function measure(chats: number, channel: string): Promise<Measured> {
  const { counterWrites } = await import('../functions/domain/stats/counter-writes');
  const { addToStatsHour } = await import('../functions/store/stats');
  const { keys, STATS_SHARDS } = await import('../functions/store/keys');
  const units: number[] = [];
  (globalThis as { __parleyMetrics?: unknown }).__parleyMetrics = {
    dynamo: (_op: string, consumed?: { CapacityUnits?: number }) => units.push(consumed?.CapacityUnits ?? 0),
  };
  for (const event of eventsOf(chats, channel)) for (const write of counterWrites(event.type, event.detail)) await addToStatsHour(write);
  const client = new DynamoDBClient({ endpoint: process.env.DYNAMODB_ENDPOINT });
  const sizes: number[] = [];
  for (let shard = 0; shard < STATS_SHARDS; shard++) {
    const { pk, sk } = keys.statsHour(channel, HOUR, shard);
    const { Item } = await client.send(new GetItemCommand({ TableName: TABLE, Key: { pk: { S: pk }, sk: { S: sk } } }));
    if (Item) sizes.push(itemSize(Item));
  }
  client.destroy();
  const itemBytes = sizes.reduce((sum, size) => sum + size, 0);
  return {
    chats, writes: units.length, items: sizes.length, itemBytes, largestItemBytes: Math.max(...sizes), lastWriteUnits: units[units.length - 1],
    writeUnitsPerChat: units.reduce((sum, u) => sum + u, 0) / chats,
    // Eventually consistent reads: half a unit per 4 KB; a projection does not make them cheaper.
    itemReadUnits: sizes.reduce((sum, size) => sum + Math.ceil(size / 4096) / 2, 0),
  };
}

async function main(): Promise<void> {
  const counts = process.argv.slice(2).map(Number).filter((n) => n > 0);
  const dataDir = await mkdtemp(join(tmpdir(), 'parley-stats-size-'));
  const dynamo = await startDynalite(dataDir);
  // Read once by the store's config at its first import, below.
  Object.assign(process.env, { TABLE_NAME: TABLE, DYNAMODB_ENDPOINT: dynamo.endpoint, AWS_REGION: 'eu-west-1', AWS_ACCESS_KEY_ID: 'local', AWS_SECRET_ACCESS_KEY: 'local' });
  await ensureTable(new DynamoDBClient({ endpoint: dynamo.endpoint }), TABLE);
  for (const chats of counts.length ? counts : [100, 1000]) {
    // A channel per run, so each starts from an empty hour.
    const m = await measure(chats, `size-${chats}`);
    console.log(`${m.chats} chats in one hour: ${m.writes} writes; ${m.items} items, ${m.itemBytes} B in all (${(m.itemBytes / 1024).toFixed(1)} KB, ${m.itemReadUnits} read units), the largest ${m.largestItemBytes} B;`
      + ` last write ${m.lastWriteUnits} write units; ${m.writeUnitsPerChat.toFixed(1)} write units per chat`);
  }
  await dynamo.close();
  await rm(dataDir, { recursive: true, force: true });
}

void main();
