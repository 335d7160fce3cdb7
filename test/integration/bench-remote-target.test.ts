/**
 * `BENCH_URL`: the benchmark drives a Parley it did not start, reached as browsers reach it (its
 * config.json, the agents' logins, the public visitor call), here a runtime started by the test.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runLevel, type LevelConfig } from '../../bench/load/level';
import { openRemoteTarget } from '../../bench/load/target';
import { ANNA, BRAM, type TestRuntime } from '../support/runtime';
import { runtimePerFile } from '../support/runtime-world';

let runtime: TestRuntime;
runtimePerFile((started) => {
  runtime = started;
});
let dir: string;
let agentsFile: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'parley-bench-remote-'));
  agentsFile = join(dir, 'agents.json');
  await writeFile(agentsFile, JSON.stringify([ANNA, BRAM].map(({ email, password }) => ({ email, password }))));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

const level = (chats: number): LevelConfig => ({
  name: `c${chats}`, chats, chatsPerAgent: 2, messagesPerChat: 4, pace: { minMs: 10, maxMs: 30 }, signals: false,
  maxArrivalsPerSecond: 10, arrivalsInFlight: 10, deliveryTimeoutMs: 10_000, seed: 1, lambdaWorkers: 1,
  remote: { siteUrl: runtime.url, agentsFile },
});

test('a level against a running Parley completes every chat, loses and duplicates nothing, and prices nothing', async () => {
  const result = await runLevel(level(4), () => undefined);

  expect(result.chatsCompleted).toBe(4);
  expect(result.messages).toMatchObject({ sent: 16, lost: 0, duplicated: 0 });
  expect(result.latencyMs.claim.count).toBe(4);
  expect(result.cost).toBeUndefined();
  expect(result.runtime).toBeUndefined();
}, 60_000);

test('a second run against the same data uses chat ids of its own, so it is not refused as a reused chat', async () => {
  const first = await runLevel(level(2), () => undefined);
  const second = await runLevel(level(2), () => undefined);

  expect([first.chatsCompleted, second.chatsCompleted]).toEqual([2, 2]);
  expect(second.problems.notes).toEqual([]);
}, 60_000);

test('a level needing more agents than the file lists is refused before any customer arrives', async () => {
  await expect(runLevel({ ...level(10), chatsPerAgent: 1 }, () => undefined)).rejects.toThrow(/needs 10 agents and .* lists 2/);
});

test('a site that serves no config.json is refused with where it looked', async () => {
  await expect(openRemoteTarget({ siteUrl: `${runtime.url}/nowhere`, agentsFile })).rejects.toThrow(/nowhere\/config\.json answered 404/);
});
