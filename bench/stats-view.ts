/**
 * `npx tsx bench/stats-view.ts`: what the Statistics view costs with 400 days of hourly counters
 * (time per range), and what the statistics writer costs per chat (invocations, DynamoDB calls).
 * The demo seeds one rolled-up item per hour; the ranges are timed, then again with every hour
 * turned back into the four items an hour of the layout before roll-ups (as a tenant with several
 * chats in every hour of 400 days has them on upgrading), then the sweeper catches up (timed) and
 * the ranges are timed once more.
 */
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DeleteCommand, DynamoDBDocumentClient, GetCommand, PutCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { rollableBefore } from '../functions/domain/stats/rollup-rules';
import { keys, STATS_SHARDS, statsHourSk } from '../functions/store/keys';
import { startRuntime } from '../infra/local/runtime';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEMO_LOGINS } from '../infra/local/demo-logins';
import { connectAgent, connectCustomer, loginAgent, api } from '../test/support/clients';

const admin = DEMO_LOGINS[2];
(async () => {
  const rt = await startRuntime({ dataDir: await mkdtemp(join(tmpdir(), 'measure-')), schedules: false, web: false });
  await rt.invoke('DemoAgents', {});
  let t = Date.now();
  const seeded = await rt.invoke<{ seeded: number }>('DemoStats', { days: 400 });
  console.log(`seeded ${seeded.seeded} hourly items over 400 days in ${Date.now() - t} ms`);
  const { token } = await loginAgent(rt.url, admin.email, admin.password);
  const today = new Date().toISOString().slice(0, 10);
  const shift = (d: number) => new Date(Date.now() - d * 86400000).toISOString().slice(0, 10);
  const timeRanges = async (label: string) => {
    for (const days of [7, 28, 90, 365, 400]) {
      const times: number[] = [];
      for (let i = 0; i < 5; i++) {
        t = performance.now();
        const res = await api<unknown>(rt.url, `/api/stats?from=${shift(days - 1)}&to=${today}`, { method: 'GET', token });
        times.push(performance.now() - t);
        if (res.status !== 200) throw new Error(JSON.stringify(res));
      }
      times.sort((a, b) => a - b);
      console.log(`${label}: range ${days} days: median ${times[2].toFixed(0)} ms (min ${times[0].toFixed(0)}, max ${times[4].toFixed(0)})`);
    }
  };
  // The first sweep writes the mark; the demo's hours are all before it.
  await rt.scheduler.fire('Sweeper', new Date());
  await timeRanges('rolled up, one item an hour');
  const copies = await toFourItemsAnHour(rt);
  console.log(`turned every hour back into ${STATS_SHARDS} items of the layout before roll-ups: ${copies} items`);
  await timeRanges(`not rolled up, ${STATS_SHARDS} items an hour`);
  t = Date.now();
  const sweeps = await sweepUntilRolledUp(rt);
  console.log(`the sweeper rolled 400 days up in ${sweeps.count} sweeps (${sweeps.hours} hour items), ${Date.now() - t} ms of sweeping, ${((Date.now() - t) / sweeps.count).toFixed(0)} ms a sweep`);
  await timeRanges('rolled up by the sweeper');
  // Per chat: what the statistics writer costs.
  const agent = await connectAgent(rt.url, rt.wsUrl, DEMO_LOGINS[0].email, DEMO_LOGINS[0].password);
  const N = 20;
  for (let i = 0; i < N; i++) {
    const c = await connectCustomer(rt.url, rt.wsUrl);
    const chatId = `measure-chat-${String(i).padStart(4, '0')}`;
    c.send({ action: 'chat.start', chatId, name: 'M', email: 'm@example.com', question: 'q' });
    await c.next('chat');
    agent.send({ action: 'queue.claim', chatId });
    await c.next('message', (f) => f.message.event === 'joined');
    agent.send({ action: 'chat.end', chatId });
    await c.next('chat', (f) => f.chat.status === 'ended');
    c.send({ action: 'chat.feedback', chatId, rating: 4 });
    await c.next('chat', (f) => f.chat.feedback !== undefined);
    await c.close();
  }
  await rt.idle();
  const after = await rt.metrics();
  const w = after.lambda.dynamo.byHandler.EventStatsWriter;
  const inv = after.lambda.invocations.EventStatsWriter;
  console.log(`stats writer per chat (${N} chats): ${(inv.count / N).toFixed(1)} invocations, ${(w.calls / N).toFixed(1)} DynamoDB calls, ${(w.writeUnits / N).toFixed(1)} WCU, ${(w.readUnits / N).toFixed(1)} RCU, ${(inv.totalMs / inv.count).toFixed(1)} ms per invocation`);
  await agent.close();
  await rt.close();
  process.exit(0);
})();

type BenchRuntime = { dynamoEndpoint: string; region: string; credentials: { accessKeyId: string; secretAccessKey: string }; tableName: string };
const clientOf = (rt: BenchRuntime) => DynamoDBDocumentClient.from(new DynamoDBClient({ endpoint: rt.dynamoEndpoint, region: rt.region, credentials: rt.credentials }));

/**
 * Each rolled-up hour becomes four items of the layout before roll-ups, each a copy of the whole
 * hour (the figures are then off; only the time counts), and the channel's mark is forgotten.
 */
async function toFourItemsAnHour(rt: BenchRuntime): Promise<number> {
  const db = clientOf(rt);
  const { pk } = keys.statsRollupMark('default');
  let copies = 0;
  let ExclusiveStartKey: Record<string, unknown> | undefined;
  do {
    const page = await db.send(new QueryCommand({ TableName: rt.tableName, KeyConditionExpression: 'pk = :pk AND begins_with(sk, :r)', ExpressionAttributeValues: { ':pk': pk, ':r': 'R#' }, ExclusiveStartKey }));
    for (const item of page.Items ?? []) {
      for (let shard = 0; shard < STATS_SHARDS; shard++) {
        await db.send(new PutCommand({ TableName: rt.tableName, Item: { ...item, sk: `${statsHourSk(item.hour as number)}#${shard}` } }));
        copies++;
      }
      await db.send(new DeleteCommand({ TableName: rt.tableName, Key: { pk, sk: item.sk } }));
    }
    ExclusiveStartKey = page.LastEvaluatedKey;
  } while (ExclusiveStartKey);
  await db.send(new DeleteCommand({ TableName: rt.tableName, Key: keys.statsRollupMark('default') }));
  db.destroy();
  return copies;
}

/** Fires the sweeper until the channel's mark tells readers every hour that may be rolled up now is. */
async function sweepUntilRolledUp(rt: BenchRuntime & { scheduler: { fire(name: string, time?: Date): Promise<unknown> } }): Promise<{ count: number; hours: number }> {
  const db = clientOf(rt);
  let hours = 0;
  for (let count = 1; count <= 500; count++) {
    const now = Date.now();
    hours += ((await rt.scheduler.fire('Sweeper', new Date(now))) as { statsHoursRolledUp: number }).statsHoursRolledUp;
    const { Item } = await db.send(new GetCommand({ TableName: rt.tableName, Key: keys.statsRollupMark('default'), ConsistentRead: true }));
    if ((Item?.rolledTo as number) >= rollableBefore(now)) {
      db.destroy();
      return { count, hours };
    }
  }
  throw new Error('the sweeper did not catch up in 500 sweeps');
}
