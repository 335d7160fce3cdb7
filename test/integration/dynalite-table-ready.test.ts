/**
 * The local table is ACTIVE before anything uses it. dynalite marks a new table ACTIVE in a timer after
 * answering the create; a process that stopped before that timer ran (a failing admin command) left
 * the table CREATING in its data dir for good, and every item call on it answered "Requested resource
 * not found". Such a leftover (dynalite neither finishes nor deletes it) now stops the start with the fix.
 */
import { CreateTableCommand, DescribeTableCommand, DynamoDBClient, PutItemCommand } from '@aws-sdk/client-dynamodb';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureTable, startDynalite } from '../../infra/local/dynamo';
import { TABLE } from '../../functions/store/table-schema';

// dynalite ships no types.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const dynalite = require('dynalite') as (options: Record<string, unknown>) => import('node:http').Server;

const credentials = { accessKeyId: 'LOCALTEST', secretAccessKey: 'local' };
const clientOf = (endpoint: string) => new DynamoDBClient({ endpoint, region: 'eu-west-1', credentials });
const putOne = (client: DynamoDBClient) => client.send(new PutItemCommand({ TableName: 'parley', Item: { [TABLE.partitionKey]: { S: 'A' }, [TABLE.sortKey]: { S: 'B' } } }));

let dataDir: string;
beforeEach(async () => { dataDir = await mkdtemp(join(tmpdir(), 'parley-table-')); });
afterEach(() => rm(dataDir, { recursive: true, force: true }));

test('a new table takes items as soon as ensureTable returns', async () => {
  const dynamo = await startDynalite(dataDir);
  const client = clientOf(dynamo.endpoint);
  try {
    await ensureTable(client, 'parley', { ownDynalite: true });
    await expect(putOne(client)).resolves.toBeDefined();
  } finally {
    client.destroy();
    await dynamo.close();
  }
});

test('a table a stopped process left CREATING gets a clear error naming the fix, not a missing table later', async () => {
  // A dynalite whose create timer never fires before it closes, as in a process that exited at once.
  const stopped = dynalite({ path: join(dataDir, 'dynamodb'), createTableMs: 60_000 });
  await new Promise<void>((done) => stopped.listen(0, '127.0.0.1', done));
  const early = clientOf(`http://127.0.0.1:${(stopped.address() as import('node:net').AddressInfo).port}`);
  await early.send(new CreateTableCommand({
    TableName: 'parley', BillingMode: 'PAY_PER_REQUEST',
    AttributeDefinitions: [{ AttributeName: TABLE.partitionKey, AttributeType: 'S' }, { AttributeName: TABLE.sortKey, AttributeType: 'S' }],
    KeySchema: [{ AttributeName: TABLE.partitionKey, KeyType: 'HASH' }, { AttributeName: TABLE.sortKey, KeyType: 'RANGE' }],
  }));
  early.destroy();
  stopped.closeAllConnections();
  await new Promise((done) => stopped.close(done));

  const dynamo = await startDynalite(dataDir);
  const client = clientOf(dynamo.endpoint);
  try {
    expect((await client.send(new DescribeTableCommand({ TableName: 'parley' }))).Table?.TableStatus).toBe('CREATING');
    await expect(ensureTable(client, 'parley', { ownDynalite: true })).rejects.toThrow("was left CREATING by a process stopped while it was being created, and holds no data: remove the data dir's dynamodb folder");
  } finally {
    client.destroy();
    await dynamo.close();
  }
}, 30_000);
