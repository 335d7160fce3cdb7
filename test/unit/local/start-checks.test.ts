/** What `npm start` refuses before opening anything: a data dir another Parley uses, and ports in use. */
import { DynamoDBClient, ListTablesCommand } from '@aws-sdk/client-dynamodb';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startDynalite } from '../../../infra/local/dynamo';
import { explainStartFailure, refuseIfTaken, StartRefused, type StartPlan } from '../../../infra/local/start-checks';
import { STATE_FILE, writeState } from '../../../infra/local/state-file';

let dataDir: string;
let server: Server;
let port: number;
beforeEach(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'parley-start-'));
  server = createServer((_req, res) => res.end());
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  port = (server.address() as AddressInfo).port;
});
afterEach(async () => {
  if (server.listening) await new Promise((done) => server.close(done));
  await rm(dataDir, { recursive: true, force: true });
});

const plan = (overrides: Partial<StartPlan> = {}): StartPlan => ({ dataDir, host: '127.0.0.1', ports: [], ownDynalite: true, ...overrides });

test('a fresh data dir on free ports may start', async () => {
  await expect(refuseIfTaken(plan({ ports: [{ port: 0, variable: 'PORT' }] }))).resolves.toBeUndefined();
});

test('a data dir a running Parley uses is refused with its pid and URL, and its state file stays', async () => {
  // Given a runtime's state file whose process (this one) and DynamoDB endpoint answer
  await writeState(dataDir, {
    pid: process.pid, url: 'http://localhost:8991', tableName: 'parley', dynamoEndpoint: `http://127.0.0.1:${port}`,
    managementEndpoint: 'http://127.0.0.1:9/live', region: 'eu-west-1',
  });
  const written = await readFile(join(dataDir, STATE_FILE), 'utf8');

  // When / then
  await expect(refuseIfTaken(plan())).rejects.toThrow(
    `another Parley already runs on data dir ${dataDir} (pid ${process.pid}, http://localhost:8991); stop it or set DATA_DIR`);
  expect(await readFile(join(dataDir, STATE_FILE), 'utf8')).toBe(written);
});

test('the state file of a runtime that died is ignored', async () => {
  // Given a state file whose DynamoDB endpoint no longer answers (as after SIGKILL)
  await writeState(dataDir, {
    pid: process.pid, url: 'http://localhost:8991', tableName: 'parley', dynamoEndpoint: `http://127.0.0.1:${port}`,
    managementEndpoint: 'http://127.0.0.1:9/live', region: 'eu-west-1',
  });
  await new Promise((done) => server.close(done));

  await expect(refuseIfTaken(plan())).resolves.toBeUndefined();
});

test('a data dir whose database another process holds open is refused', async () => {
  // Given dynalite holding the data dir's lock, as a Parley still starting or an admin command does
  // (it opens its database in the background; an answered request means it is open)
  const dynalite = await startDynalite(dataDir);
  const client = new DynamoDBClient({ endpoint: dynalite.endpoint, region: 'eu-west-1', credentials: { accessKeyId: 'LOCAL', secretAccessKey: 'local' } });
  try {
    await client.send(new ListTablesCommand({}));
    await expect(refuseIfTaken(plan())).rejects.toThrow(/the data in .* is open in another process/);
  } finally {
    client.destroy();
    await dynalite.close();
  }
});

test('a port in use is refused, naming the port and its variable', async () => {
  await expect(refuseIfTaken(plan({ ports: [{ port, variable: 'S3_PORT' }] }))).rejects.toThrow(
    new StartRefused(`port ${port} (S3_PORT) is in use; set PORT (and S3_PORT) to free ones`));
});

test('a port taken after the checks is still said in one line', () => {
  const error = Object.assign(new Error(`listen EADDRINUSE: address already in use 127.0.0.1:${port}`), { code: 'EADDRINUSE', port });
  expect(explainStartFailure(error, dataDir)).toBe(`port ${port} is in use; set PORT (and S3_PORT) to free ones`);
});
