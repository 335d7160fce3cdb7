/**
 * Closing the embedded DynamoDB while calls are still in it (a runtime stopped mid-burst) lets them
 * finish first: dynalite would otherwise throw "Database is closed", uncaught, in the process that
 * hosts it, and fail whatever runs there.
 */
import { DynamoDBClient, PutItemCommand, UpdateItemCommand } from '@aws-sdk/client-dynamodb';
import { Agent } from 'node:http';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureTable, startDynalite } from '../../infra/local/dynamo';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Enough that some are still in dynalite when the first is answered (it answers a few dozen in one
 * go). Each has a socket of its own: a request still queued for one when the client is destroyed is
 * sent afresh on a new socket, and that extra work took a busy machine past the test's time.
 */
const BURST = 80;

test('close lets the requests dynalite took finish, even when their caller is gone', async () => {
  const dataDir = await mkdtemp(join(tmpdir(), 'parley-dynalite-'));
  const uncaught: unknown[] = [];
  const record = (error: unknown) => uncaught.push(error);
  process.on('uncaughtException', record);
  try {
    const dynamo = await startDynalite(dataDir);
    const client = new DynamoDBClient({
      endpoint: dynamo.endpoint, region: 'eu-west-1', credentials: { accessKeyId: 'LOCALTEST', secretAccessKey: 'local' },
      requestHandler: { httpAgent: new Agent({ keepAlive: true, maxSockets: BURST }) },
    });
    await ensureTable(client, 'parley');
    for (let tries = 0; ; tries += 1) {
      try {
        await client.send(new PutItemCommand({ TableName: 'parley', Item: { pk: { S: 'WARM' }, sk: { S: 'A' } } }));
        break;
      } catch (error) {
        if (tries > 50) throw error;
        await sleep(20);
      }
    }
    // Counters on a few items: dynalite works through them one at a time per item, so many are in it at once.
    const updates = Array.from({ length: BURST }, (_, i) => client.send(new UpdateItemCommand({
      TableName: 'parley', Key: { pk: { S: `HOT#${i % 5}` }, sk: { S: 'A' } },
      UpdateExpression: 'ADD n :one', ExpressionAttributeValues: { ':one': { N: '1' } },
    })).then(() => 'stored' as const, () => 'cut' as const));
    await Promise.race(updates);
    client.destroy();
    await dynamo.close();
    const outcomes = await Promise.all(updates);
    await sleep(300);

    expect(uncaught).toEqual([]);
    expect(outcomes).toContain('stored');
    expect(outcomes).toContain('cut');
  } finally {
    process.off('uncaughtException', record);
    await rm(dataDir, { recursive: true, force: true });
  }
}, 60_000);
