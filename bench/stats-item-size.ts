/**
 * How big one hour's statistics counter items grow, and what a write to them costs, when N chats are
 * started, answered and ended in that hour on one channel: the real store against dynalite, which
 * sizes items and bills writes as DynamoDB does (by the larger of the old and new item, per KB).
 * The counts go to the hour's recent items, as while the hour is recent; then the hour is rolled up
 * as the sweeper does, and the roll-up item is measured too.
 *
 *   npx tsx bench/stats-item-size.ts 10 100 500 1000
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

interface Measured {
  chats: number; writes: number; items: number; itemBytes: number; largestItemBytes: number; lastWriteUnits: number; writeUnitsPerChat: number; itemReadUnits: number;
  largestWriteUnits: number; writeUnitsPerWrite: number; rollupBytes: number; rollupWriteUnits: number;
}

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
  const { placeOf } = await import('../functions/domain/stats/rollup-rules');
  const { rollUpChannel } = await import('../functions/domain/stats/rollup');
  const { addToStatsHour } = await import('../functions/store/stats');
  const { keys, STATS_RECENT_SHARDS } = await import('../functions/store/keys');
  const units: number[] = [];
  (globalThis as { __parleyMetrics?: unknown }).__parleyMetrics = {
    dynamo: (_op: string, consumed?: { CapacityUnits?: number }) => units.push(consumed?.CapacityUnits ?? 0),
  };
  // Counted as the hour ends: every write still goes to the recent items.
  const countedAt = HOUR + 3_600_000;
  for (const event of eventsOf(chats, channel)) for (const write of counterWrites(event.type, event.detail)) await addToStatsHour(write, placeOf(write.hour, countedAt));
  const writeUnits = units.splice(0);
  const client = new DynamoDBClient({ endpoint: process.env.DYNAMODB_ENDPOINT });
  const sizeOf = async (key: { pk: string; sk: string }) => {
    const { Item } = await client.send(new GetItemCommand({ TableName: TABLE, Key: { pk: { S: key.pk }, sk: { S: key.sk } } }));
    return Item ? itemSize(Item) : undefined;
  };
  const sizes: number[] = [];
  for (let shard = 0; shard < STATS_RECENT_SHARDS; shard++) {
    const size = await sizeOf(keys.statsRecent(channel, HOUR, shard));
    if (size !== undefined) sizes.push(size);
  }
  // Rolled up as the sweeper would, two hours on; only the roll-up's own write is billed here.
  await rollUpChannel(channel, HOUR + 2 * 3_600_000);
  const rollupUnits = units.splice(0);
  const rollupBytes = (await sizeOf(keys.statsRollup(channel, HOUR))) ?? 0;
  client.destroy();
  const itemBytes = sizes.reduce((sum, size) => sum + size, 0);
  const totalUnits = writeUnits.reduce((sum, u) => sum + u, 0);
  return {
    chats, writes: writeUnits.length, items: sizes.length, itemBytes, largestItemBytes: Math.max(...sizes), lastWriteUnits: writeUnits[writeUnits.length - 1],
    largestWriteUnits: Math.max(...writeUnits), writeUnitsPerWrite: totalUnits / writeUnits.length, writeUnitsPerChat: totalUnits / chats,
    // A Query, eventually consistent: half a unit per 4 KB of all the items it returns; a projection does not make it cheaper.
    itemReadUnits: Math.ceil(itemBytes / 4096) / 2,
    rollupBytes, rollupWriteUnits: Math.ceil(rollupBytes / 1024),
  };
}

async function main(): Promise<void> {
  const counts = process.argv.slice(2).map(Number).filter((n) => n > 0);
  const dataDir = await mkdtemp(join(tmpdir(), 'parley-stats-size-'));
  const dynamo = await startDynalite(dataDir);
  // Read once by the store's config at its first import, below.
  Object.assign(process.env, { TABLE_NAME: TABLE, DYNAMODB_ENDPOINT: dynamo.endpoint, AWS_REGION: 'eu-west-1', AWS_ACCESS_KEY_ID: 'local', AWS_SECRET_ACCESS_KEY: 'local' });
  await ensureTable(new DynamoDBClient({ endpoint: dynamo.endpoint }), TABLE);
  for (const chats of counts.length ? counts : [10, 100, 500, 1000]) {
    // A channel per run, so each starts from an empty hour.
    const m = await measure(chats, `size-${chats}`);
    console.log(`${m.chats} chats in one hour: ${m.writes} writes; ${m.items} items, ${m.itemBytes} B in all (${(m.itemBytes / 1024).toFixed(1)} KB, ${m.itemReadUnits} read units), the largest ${m.largestItemBytes} B;`
      + ` last write ${m.lastWriteUnits} write units, the largest ${m.largestWriteUnits}, ${m.writeUnitsPerWrite.toFixed(2)} a write; ${m.writeUnitsPerChat.toFixed(1)} write units per chat;`
      + ` rolled up: one item of ${m.rollupBytes} B (${m.rollupWriteUnits} write units)`);
  }
  await dynamo.close();
  await rm(dataDir, { recursive: true, force: true });
}

void main();
