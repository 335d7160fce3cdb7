/** What most integration test files share: a throw-away runtime, and the clients a test opened closed after it. */
import { loginAgent, type Client } from './clients';
import type { RuntimeOptions } from '../../infra/local/runtime';
import { startTestRuntime, type TestRuntime } from './runtime';

type Started = (runtime: TestRuntime) => unknown;

/**
 * A fresh runtime for every test (with `options`, if given); `started` is awaited, so it may go on
 * setting up. The clients in `clients` are closed (and the list emptied) after each.
 */
export function runtimePerTest(started: Started, clients: Client[] = [], options?: Partial<RuntimeOptions>): void {
  runtimeBetween(beforeEach, afterEach, started, clients, options);
}

/** One runtime for the whole file (or describe block), likewise; the clients in `clients` are closed at its end. */
export function runtimePerFile(started: Started, clients: Client[] = [], options?: Partial<RuntimeOptions>): void {
  runtimeBetween(beforeAll, afterAll, started, clients, options);
}

/** runtimePerTest with `who` signed in afresh on each runtime: `started` gets the runtime and their bearer token. */
export function signedInPerTest(who: { email: string; password: string }, started: (world: { runtime: TestRuntime; token: string }) => unknown, clients: Client[] = []): void {
  runtimePerTest(async (runtime) => started({ runtime, token: (await loginAgent(runtime.url, who.email, who.password)).token }), clients);
}

function runtimeBetween(before: typeof beforeAll, after: typeof afterAll, started: Started, clients: Client[], options?: Partial<RuntimeOptions>): void {
  let runtime: TestRuntime | undefined;
  before(async () => {
    runtime = await startTestRuntime(options);
    await started(runtime);
  }, 60_000);
  after(async () => {
    await Promise.all(clients.splice(0).map((c) => c.close()));
    await runtime?.stop();
  });
}
