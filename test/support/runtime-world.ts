/** What most integration test files share: a throw-away runtime, and the clients a test opened closed after it. */
import type { Client } from './clients';
import type { RuntimeOptions } from '../../infra/local/runtime';
import { startTestRuntime, type TestRuntime } from './runtime';

/**
 * A fresh runtime for every test (with `options`, if given); `started` is awaited, so it may go on
 * setting up. The clients in `clients` are closed (and the list emptied) after each.
 */
export function runtimePerTest(started: (runtime: TestRuntime) => unknown, clients: Client[] = [], options?: Partial<RuntimeOptions>): void {
  let runtime: TestRuntime | undefined;
  beforeEach(async () => {
    runtime = await startTestRuntime(options);
    await started(runtime);
  }, 60_000);
  afterEach(async () => {
    await Promise.all(clients.splice(0).map((c) => c.close()));
    await runtime?.stop();
  });
}

/** One runtime for the whole file (or describe block), likewise; the clients in `clients` are closed at its end. */
export function runtimePerFile(started: (runtime: TestRuntime) => unknown, clients: Client[] = [], options?: Partial<RuntimeOptions>): void {
  let runtime: TestRuntime | undefined;
  beforeAll(async () => {
    runtime = await startTestRuntime(options);
    await started(runtime);
  }, 60_000);
  afterAll(async () => {
    await Promise.all(clients.map((c) => c.close()));
    await runtime?.stop();
  });
}
