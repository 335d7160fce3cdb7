/** The runtime's state file: written at start, removed at close, and ignored when its runtime is gone. */
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readState, removeState, writeState, type RuntimeState } from '../../../infra/local/state-file';

let dir: string;
let server: Server;
let endpoint: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'parley-state-'));
  server = createServer((_req, res) => res.end());
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterEach(async () => {
  await new Promise((done) => server.close(done));
  await rm(dir, { recursive: true, force: true });
});

const state = (overrides: Partial<RuntimeState> = {}): RuntimeState => ({
  pid: process.pid, url: 'http://localhost:8787', tableName: 'parley', dynamoEndpoint: endpoint,
  managementEndpoint: 'http://127.0.0.1:9/live', region: 'eu-west-1', ...overrides,
});

test('a running runtime is found through its file', async () => {
  await writeState(dir, state());
  expect(await readState(dir)).toEqual(state());
});

test('no file means no runtime', async () => {
  await writeState(dir, state());
  await removeState(dir);
  expect(await readState(dir)).toBeUndefined();
});

test('a file whose DynamoDB port no longer answers is ignored', async () => {
  await new Promise((done) => server.close(done));
  server = createServer();
  await writeState(dir, state());
  expect(await readState(dir)).toBeUndefined();
});
