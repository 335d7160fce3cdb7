/**
 * `npx tsx bench/stats-view.ts`: what the Statistics view costs with 400 days of hourly counters
 * (time per range), and what the statistics writer costs per chat (invocations, DynamoDB calls).
 * The demo seeds one item per hour; the ranges are then timed again with every hour in all of its
 * shard items, as a tenant with several chats in every hour of 400 days would have them.
 */
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, PutCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { STATS_SHARDS } from '../functions/store/keys';
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
  await timeRanges('one item an hour');
  const copies = await fillEveryShard(rt);
  console.log(`copied every hour's item into its other shards: ${copies} items more`);
  await timeRanges(`${STATS_SHARDS} items an hour`);
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

/** Puts a copy of each seeded hour's item into every other shard of that hour (the figures are then off; only the time counts). */
async function fillEveryShard(rt: { dynamoEndpoint: string; region: string; credentials: { accessKeyId: string; secretAccessKey: string }; tableName: string }): Promise<number> {
  const db = DynamoDBDocumentClient.from(new DynamoDBClient({ endpoint: rt.dynamoEndpoint, region: rt.region, credentials: rt.credentials }));
  let copies = 0;
  let ExclusiveStartKey: Record<string, unknown> | undefined;
  do {
    const page = await db.send(new QueryCommand({ TableName: rt.tableName, KeyConditionExpression: 'pk = :pk', ExpressionAttributeValues: { ':pk': 'STATS#default' }, ExclusiveStartKey }));
    for (const item of page.Items ?? []) {
      const [hourSk, shard] = (item.sk as string).split(/#(?=\d$)/);
      for (let other = 0; other < STATS_SHARDS; other++) {
        if (String(other) === shard) continue;
        await db.send(new PutCommand({ TableName: rt.tableName, Item: { ...item, sk: `${hourSk}#${other}` } }));
        copies++;
      }
    }
    ExclusiveStartKey = page.LastEvaluatedKey;
  } while (ExclusiveStartKey);
  db.destroy();
  return copies;
}
