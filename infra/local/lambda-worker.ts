/**
 * Runs inside a worker thread with its own environment, as a Lambda container would: loads a
 * handler bundle once, then serves invocations. Several runtimes in one process stay apart.
 */
import { parentPort } from 'node:worker_threads';

interface Invocation { id: number; bundle: string; event: unknown; requestId: string }

const loaded = new Map<string, (event: unknown, context: unknown) => Promise<unknown>>();

function load(bundle: string) {
  let handler = loaded.get(bundle);
  if (!handler) {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    handler = require(bundle).handler as (event: unknown, context: unknown) => Promise<unknown>;
    loaded.set(bundle, handler);
  }
  return handler;
}

parentPort!.on('message', async ({ id, bundle, event, requestId }: Invocation) => {
  try {
    const result = await load(bundle)(event, { awsRequestId: requestId, functionName: bundle, getRemainingTimeInMillis: () => 29_000 });
    parentPort!.postMessage({ id, ok: true, result });
  } catch (error) {
    const e = error as Error;
    parentPort!.postMessage({ id, ok: false, error: { name: e?.name, message: e?.message, stack: e?.stack } });
  }
});
