/** What most integration test files share: a throw-away runtime, and the clients a test opened closed after it. */
import type { Client } from './clients';
import { startTestRuntime, type TestRuntime } from './runtime';

/** A fresh runtime for every test; the clients in `clients` are closed (and the list emptied) after each. */
export function runtimePerTest(started: (runtime: TestRuntime) => void, clients: Client[]): void {
  let runtime: TestRuntime | undefined;
  beforeEach(async () => {
    runtime = await startTestRuntime();
    started(runtime);
  }, 60_000);
  afterEach(async () => {
    await Promise.all(clients.splice(0).map((c) => c.close()));
    await runtime?.stop();
  });
}

/** One runtime for the whole file; the clients in `clients` are closed at its end. */
export function runtimePerFile(started: (runtime: TestRuntime) => void, clients: Client[]): void {
  let runtime: TestRuntime | undefined;
  beforeAll(async () => {
    runtime = await startTestRuntime();
    started(runtime);
  }, 60_000);
  afterAll(async () => {
    await Promise.all(clients.map((c) => c.close()));
    await runtime?.stop();
  });
}
