/**
 * Runs inside a worker thread with its own environment, as a Lambda container would: loads a
 * handler bundle once, then serves invocations. Several runtimes in one process stay apart.
 * It also tallies the DynamoDB capacity each handler consumes (see functions/adapters/dynamo.ts),
 * which the host asks for with `{ metrics: id }`.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import { basename } from 'node:path';
import { parentPort } from 'node:worker_threads';

interface Invocation { id: number; bundle: string; event: unknown; requestId: string }
interface MetricsRequest { metrics: number }

/** DynamoDB use of one handler or one operation, as the responses' ConsumedCapacity reports it. */
export interface DynamoTally {
  calls: number;
  readUnits: number;
  writeUnits: number;
  /** Refused conditional writes: they still consume write capacity on AWS, but dynalite reports none. */
  conditionFailures: number;
  errors: number;
}
export interface DynamoMetrics { byHandler: Record<string, DynamoTally>; byOperation: Record<string, DynamoTally> }

const loaded = new Map<string, (event: unknown, context: unknown) => Promise<unknown>>();
const invocation = new AsyncLocalStorage<string>();
const dynamo: DynamoMetrics = { byHandler: {}, byOperation: {} };

function load(bundle: string) {
  let handler = loaded.get(bundle);
  if (!handler) {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    handler = require(bundle).handler as (event: unknown, context: unknown) => Promise<unknown>;
    loaded.set(bundle, handler);
  }
  return handler;
}

interface Capacity { CapacityUnits?: number; ReadCapacityUnits?: number; WriteCapacityUnits?: number }

function tally(into: Record<string, DynamoTally>, key: string, read: number, write: number, errorName?: string) {
  const t = (into[key] ??= { calls: 0, readUnits: 0, writeUnits: 0, conditionFailures: 0, errors: 0 });
  t.calls += 1;
  t.readUnits += read;
  t.writeUnits += write;
  if (errorName === 'ConditionalCheckFailedException') t.conditionFailures += 1;
  else if (errorName) t.errors += 1;
}

(globalThis as { __parleyMetrics?: unknown }).__parleyMetrics = {
  dynamo(operation: string, consumed: Capacity | Capacity[] | undefined, errorName?: string) {
    const isRead = /^(Get|BatchGet|Query|Scan|TransactGet)/.test(operation);
    let read = 0;
    let write = 0;
    for (const c of [consumed ?? []].flat()) {
      read += c.ReadCapacityUnits ?? (isRead ? c.CapacityUnits ?? 0 : 0);
      write += c.WriteCapacityUnits ?? (isRead ? 0 : c.CapacityUnits ?? 0);
    }
    tally(dynamo.byHandler, invocation.getStore() ?? 'outside-invocation', read, write, errorName);
    tally(dynamo.byOperation, operation.replace(/Command$/, ''), read, write, errorName);
  },
};

parentPort!.on('message', async (request: Invocation | MetricsRequest) => {
  if ('metrics' in request) {
    parentPort!.postMessage({ metrics: request.metrics, dynamo });
    return;
  }
  const { id, bundle, event, requestId } = request;
  try {
    const context = { awsRequestId: requestId, functionName: bundle, getRemainingTimeInMillis: () => 29_000 };
    const result = await invocation.run(basename(bundle, '.js'), () => load(bundle)(event, context));
    parentPort!.postMessage({ id, ok: true, result });
  } catch (error) {
    const e = error as Error;
    parentPort!.postMessage({ id, ok: false, error: { name: e?.name, message: e?.message, stack: e?.stack } });
  }
});
