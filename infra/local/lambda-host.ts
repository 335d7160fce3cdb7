/**
 * Lambda for the local runtime: bundles each manifest entry with esbuild (as NodejsFunction does,
 * the AWS SDK left external as in Lambda's Node runtime) and invokes it in a worker thread whose
 * environment holds this runtime's endpoints.
 */
import { randomUUID } from 'node:crypto';
import { mkdir, rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { Worker } from 'node:worker_threads';
import { build } from 'esbuild';
import type { DynamoMetrics } from './lambda-worker';

/** Invocations of one handler and how long they took (Lambda bills each rounded up to 1 ms). */
export interface InvocationTally {
  count: number;
  failed: number;
  totalMs: number;
  billedMs: number;
  maxMs: number;
  /** Durations in log-spaced buckets (see `bucketOf`), so memory stays fixed however long it runs. */
  buckets: Record<number, number>;
}

export interface LambdaMetrics { invocations: Record<string, InvocationTally>; dynamo: DynamoMetrics }

/** Bucket i holds durations in [1.05^(i-1), 1.05^i) ms × 0.01: 5 % wide, 0.01 ms to minutes in ~400 buckets. */
export const BUCKET_RATIO = 1.05;
export const bucketOf = (ms: number) => Math.max(0, Math.ceil(Math.log(Math.max(ms, 0.01) / 0.01) / Math.log(BUCKET_RATIO)));
export const bucketUpperMs = (bucket: number) => 0.01 * BUCKET_RATIO ** bucket;

export interface LambdaHost {
  invoke<T = unknown>(name: string, event: unknown): Promise<T>;
  /** Resolves once no invocation is running: lets tests wait for side effects without sleeping. */
  idle(): Promise<void>;
  /** Counts since start: invocations and durations per handler, DynamoDB capacity per handler. */
  metrics(): Promise<LambdaMetrics>;
  close(): Promise<void>;
}

export class HandlerError extends Error {}

const REPO_ROOT = resolve(__dirname, '../..');

export interface LambdaHostOptions {
  /**
   * Worker threads to spread invocations over (default 1). On AWS every concurrent invocation has
   * a container of its own; more than one worker lets the local runtime use more than one core.
   */
  workers?: number;
}

interface WorkerSlot { worker: Worker; running: number }

/** `entries` maps a handler name to its source file (relative to the repository root). */
export async function startLambdaHost(entries: Record<string, string>, env: Record<string, string>, options: LambdaHostOptions = {}): Promise<LambdaHost> {
  // Inside the repository so the bundles resolve the external AWS SDK from its node_modules.
  const outdir = join(REPO_ROOT, '.build', `local-${randomUUID()}`);
  await mkdir(outdir, { recursive: true });
  await build({
    entryPoints: { ...Object.fromEntries(Object.entries(entries).map(([name, entry]) => [name, join(REPO_ROOT, entry)])), worker: join(__dirname, 'lambda-worker.ts') },
    outdir,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    external: ['@aws-sdk/*'],
    logLevel: 'warning',
  });
  const STOPPED = 'The local runtime is stopping';
  const pending = new Map<number, { slot: WorkerSlot; resolve: (value: unknown) => void; reject: (error: Error) => void }>();
  const invocations: Record<string, InvocationTally> = {};
  const metricRequests = new Map<number, (dynamo: DynamoMetrics) => void>();
  const record = (name: string, ms: number, ok: boolean) => {
    const t = (invocations[name] ??= { count: 0, failed: 0, totalMs: 0, billedMs: 0, maxMs: 0, buckets: {} });
    t.count += 1;
    if (!ok) t.failed += 1;
    t.totalMs += ms;
    t.billedMs += Math.max(1, Math.ceil(ms));
    t.maxMs = Math.max(t.maxMs, ms);
    const b = bucketOf(ms);
    t.buckets[b] = (t.buckets[b] ?? 0) + 1;
  };
  let nextId = 1;
  let closed = false;
  const idleWaiters: (() => void)[] = [];
  const settle = (id: number) => {
    const call = pending.get(id);
    if (call) call.slot.running -= 1;
    pending.delete(id);
    if (pending.size === 0) for (const resolve of idleWaiters.splice(0)) resolve();
    return call;
  };

  const slots: WorkerSlot[] = Array.from({ length: Math.max(1, options.workers ?? 1) }, () => {
    const slot: WorkerSlot = { worker: new Worker(join(outdir, 'worker.js'), { env: { ...env } }), running: 0 };
    slot.worker.unref();
    slot.worker.on('message', ({ id, ok, result, error, metrics, dynamo }) => {
      if (metrics !== undefined) {
        metricRequests.get(metrics)?.(dynamo);
        metricRequests.delete(metrics);
        return;
      }
      const call = settle(id);
      if (!call) return;
      if (ok) call.resolve(result);
      else call.reject(Object.assign(new HandlerError(error?.message ?? 'handler failed'), { name: error?.name ?? 'Error', stack: error?.stack }));
    });
    slot.worker.on('error', (error) => {
      for (const [id, call] of pending) {
        if (call.slot !== slot) continue;
        settle(id);
        call.reject(error);
      }
      for (const answer of metricRequests.values()) answer({ byHandler: {}, byOperation: {} });
      metricRequests.clear();
    });
    return slot;
  });
  /** The worker with the fewest invocations in flight, as Lambda routes to an idle container. */
  const leastBusy = () => slots.reduce((best, slot) => (slot.running < best.running ? slot : best));

  const workerMetrics = (slot: WorkerSlot) => new Promise<DynamoMetrics>((resolve) => {
    const id = nextId++;
    metricRequests.set(id, resolve);
    slot.worker.postMessage({ metrics: id });
  });

  return {
    invoke<T>(name: string, event: unknown): Promise<T> {
      if (!(name in entries)) return Promise.reject(new Error(`No handler named ${name}`));
      if (closed) return Promise.reject(new Error(STOPPED));
      const id = nextId++;
      const slot = leastBusy();
      slot.running += 1;
      const started = performance.now();
      return new Promise<T>((resolve, reject) => {
        pending.set(id, {
          slot,
          resolve: (value) => (record(name, performance.now() - started, true), resolve(value as T)),
          reject: (error) => (record(name, performance.now() - started, false), reject(error)),
        });
        slot.worker.postMessage({ id, bundle: join(outdir, `${name}.js`), event, requestId: randomUUID() });
      });
    },
    idle() {
      return pending.size === 0 ? Promise.resolve() : new Promise((resolve) => idleWaiters.push(resolve));
    },
    async metrics() {
      const dynamo = mergeDynamo(await Promise.all(slots.map(workerMetrics)));
      return structuredClone({ invocations, dynamo });
    },
    async close() {
      closed = true;
      await Promise.all(slots.map((slot) => slot.worker.terminate()));
      // A terminated worker answers nothing: what was in flight fails, as a Lambda stopped mid-run
      // would, so no request or handshake waiting on it is left open (and holds its server's close).
      for (const [id, call] of pending) {
        settle(id);
        call.reject(new Error(STOPPED));
      }
      await rm(outdir, { recursive: true, force: true });
    },
  };
}

function mergeDynamo(all: DynamoMetrics[]): DynamoMetrics {
  const merged: DynamoMetrics = { byHandler: {}, byOperation: {} };
  for (const m of all) {
    for (const key of ['byHandler', 'byOperation'] as const) {
      for (const [name, t] of Object.entries(m[key])) {
        const into = (merged[key][name] ??= { calls: 0, readUnits: 0, writeUnits: 0, conditionFailures: 0, errors: 0 });
        into.calls += t.calls;
        into.readUnits += t.readUnits;
        into.writeUnits += t.writeUnits;
        into.conditionFailures += t.conditionFailures;
        into.errors += t.errors;
      }
    }
  }
  return merged;
}
