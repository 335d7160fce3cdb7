/** DynamoDB for the local runtime: embedded dynalite persisted under the data dir, or any endpoint given. */
import { CreateTableCommand, DescribeTableCommand, DynamoDBClient, ResourceNotFoundException } from '@aws-sdk/client-dynamodb';
import type { AddressInfo } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import { join } from 'node:path';
import { TABLE } from '../../functions/store/table-schema';
import { keepSocketsLikeAws } from './keep-alive';

// dynalite ships no types.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const dynalite = require('dynalite') as (options: Record<string, unknown>) => import('node:http').Server;

export interface LocalDynamo { endpoint: string; close(): Promise<void> }

/** Starts dynalite on a free loopback port, storing its data in `dataDir/dynamodb`. */
export async function startDynalite(dataDir: string): Promise<LocalDynamo> {
  // dynalite simulates table creation delays by default; locally there is nothing to wait for.
  const server = dynalite({ path: join(dataDir, 'dynamodb'), createTableMs: 0, deleteTableMs: 0, updateTableMs: 0 });
  keepSocketsLikeAws(server);
  const answering = countUnanswered(server);
  await new Promise<void>((resolve, reject) => server.once('error', reject).listen(0, '127.0.0.1', () => resolve()));
  const { port } = server.address() as AddressInfo;
  return {
    endpoint: `http://127.0.0.1:${port}`,
    async close() {
      // dynalite throws, uncaught, when a request it is still working on meets its closed database
      // (its caller may be gone already), so let every request it took finish first.
      await answering.drained(CLOSE_WAIT_MS);
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

const CLOSE_WAIT_MS = 5_000;

/** How many requests `server` has taken and not yet answered, and a wait (bounded) for none. */
function countUnanswered(server: import('node:http').Server) {
  let open = 0;
  let waiters: (() => void)[] = [];
  server.prependListener('request', (req, res) => {
    open += 1;
    let answered = false;
    const settle = () => {
      if (answered) return;
      answered = true;
      open -= 1;
      if (open === 0) for (const done of waiters.splice(0)) done();
    };
    const end = res.end.bind(res);
    res.end = ((...args: Parameters<typeof res.end>) => (settle(), end(...args))) as typeof res.end;
    // A caller gone before its whole request arrived leaves dynalite nothing to work on.
    res.once('close', () => { if (!req.complete) settle(); });
  });
  return {
    drained(withinMs: number): Promise<void> {
      if (open === 0) return Promise.resolve();
      return new Promise((resolve) => {
        const timer = setTimeout(() => {
          waiters = waiters.filter((w) => w !== done);
          resolve();
        }, withinMs);
        const done = () => (clearTimeout(timer), resolve());
        waiters.push(done);
      });
    },
  };
}

/**
 * Creates the table from the shared schema unless it exists, and returns once it is ACTIVE. dynalite
 * marks a new table ACTIVE in a timer after it answered the create, so a caller that went straight on
 * met "Requested resource not found", and a process that exited at once (a failing admin command)
 * left the table CREATING for good. `ownDynalite`: the endpoint is a dynalite this process started, so
 * a table still CREATING after a moment is such a leftover, which dynalite never finishes nor lets
 * delete; it is empty (dynalite refuses items until ACTIVE), and the error says so.
 */
export async function ensureTable(client: DynamoDBClient, tableName: string, options: { ownDynalite?: boolean } = {}): Promise<void> {
  const found = await tableStatus(client, tableName);
  if (found === 'ACTIVE') return;
  if (!found) await createTable(client, tableName);
  const withinMs = options.ownDynalite ? LEFTOVER_WAIT_MS : ACTIVE_WAIT_MS;
  if (await becomesActive(client, tableName, withinMs)) return;
  const status = await tableStatus(client, tableName);
  throw new Error(options.ownDynalite && status === 'CREATING'
    ? `Table ${tableName} was left CREATING by a process stopped while it was being created, and holds no data: remove the data dir's dynamodb folder and start again`
    : `Table ${tableName} is still ${status ?? 'missing'} after ${withinMs / 1000} s`);
}

/** Real DynamoDB takes seconds to create a table; dynalite (createTableMs 0) a timer tick. */
const ACTIVE_WAIT_MS = 60_000;
const LEFTOVER_WAIT_MS = 5_000;
const POLL_MS = 25;

async function tableStatus(client: DynamoDBClient, tableName: string): Promise<string | undefined> {
  try {
    return (await client.send(new DescribeTableCommand({ TableName: tableName }))).Table?.TableStatus;
  } catch (error) {
    if (error instanceof ResourceNotFoundException || (error as Error).name === 'ResourceNotFoundException') return undefined;
    throw error;
  }
}

async function becomesActive(client: DynamoDBClient, tableName: string, withinMs: number): Promise<boolean> {
  for (const deadline = Date.now() + withinMs; ; await sleep(POLL_MS)) {
    if ((await tableStatus(client, tableName)) === 'ACTIVE') return true;
    if (Date.now() > deadline) return false;
  }
}

async function createTable(client: DynamoDBClient, tableName: string): Promise<void> {
  const indexes = Object.values(TABLE.indexes);
  await client.send(new CreateTableCommand({
    TableName: tableName,
    BillingMode: 'PAY_PER_REQUEST',
    AttributeDefinitions: [
      { AttributeName: TABLE.partitionKey, AttributeType: 'S' },
      { AttributeName: TABLE.sortKey, AttributeType: 'S' },
      ...indexes.flatMap((index) => [
        { AttributeName: index.partitionKey, AttributeType: 'S' as const },
        { AttributeName: index.sortKey, AttributeType: index.sortKeyType },
      ]),
    ],
    KeySchema: [
      { AttributeName: TABLE.partitionKey, KeyType: 'HASH' },
      { AttributeName: TABLE.sortKey, KeyType: 'RANGE' },
    ],
    GlobalSecondaryIndexes: indexes.map((index) => ({
      IndexName: index.name,
      KeySchema: [
        { AttributeName: index.partitionKey, KeyType: 'HASH' },
        { AttributeName: index.sortKey, KeyType: 'RANGE' },
      ],
      Projection: { ProjectionType: index.projection },
    })),
  }));
}
