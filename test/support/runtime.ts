/** Starts a throw-away runtime (free port, temporary data dir) with the demo agents, for one test file. */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, sep } from 'node:path';
import { DEMO_LOGINS } from '../../infra/local/demo-logins';
import { startRuntime, type Runtime, type RuntimeOptions } from '../../infra/local/runtime';

export interface TestRuntime extends Runtime { dataDir: string; stop(): Promise<void> }

export async function startTestRuntime(options: Partial<RuntimeOptions> = {}): Promise<TestRuntime> {
  const dataDir = options.dataDir ?? (await mkdtemp(join(tmpdir(), 'parley-test-')));
  // Integration tests talk to the APIs only; building the web apps is for the browser tests.
  const web = !(expect.getState().testPath ?? '').includes(`${sep}integration${sep}`);
  const runtime = await startRuntime({ schedules: false, web, ...options, handlerEnv: { ...ONE_ADDRESS_LIMITS, ...options.handlerEnv }, dataDir });
  await runtime.invoke('DemoAgents', {});
  return {
    ...runtime,
    dataDir,
    async stop() {
      await runtime.close();
      if (!options.dataDir) await rm(dataDir, { recursive: true, force: true });
    },
  };
}

export const [ANNA, BRAM] = DEMO_LOGINS;

/** Every test client comes from 127.0.0.1: per-address limits sized for a whole test file, not one visitor. */
export const ONE_ADDRESS_LIMITS = { LIMIT_CONNECTS_PER_MINUTE: '100000', LIMIT_LOGINS_PER_MINUTE: '100000' };
