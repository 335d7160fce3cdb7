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

/** `entries` maps a handler name to its source file (relative to the repository root). */
export async function startLambdaHost(entries: Record<string, string>, env: Record<string, string>): Promise<LambdaHost> {
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
  const worker = new Worker(join(outdir, 'worker.js'), { env: { ...env } });
  worker.unref();
  const pending = new Map<number, { resolve: (value: unknown) => void; reject: (error: Error) => void }>();
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
  const idleWaiters: (() => void)[] = [];
  const settle = (id: number) => {
    pending.delete(id);
    if (pending.size > 0) return;
    for (const resolve of idleWaiters.splice(0)) resolve();
  };
  worker.on('message', ({ id, ok, result, error, metrics, dynamo }) => {
    if (metrics !== undefined) {
      metricRequests.get(metrics)?.(dynamo);
      metricRequests.delete(metrics);
      return;
    }
    const call = pending.get(id);
    settle(id);
    if (!call) return;
    if (ok) call.resolve(result);
    else call.reject(Object.assign(new HandlerError(error?.message ?? 'handler failed'), { name: error?.name ?? 'Error', stack: error?.stack }));
  });
  worker.on('error', (error) => {
    for (const call of pending.values()) call.reject(error);
    pending.clear();
    for (const resolve of idleWaiters.splice(0)) resolve();
    for (const answer of metricRequests.values()) answer({ byHandler: {}, byOperation: {} });
    metricRequests.clear();
  });

  return {
    invoke<T>(name: string, event: unknown): Promise<T> {
      if (!(name in entries)) return Promise.reject(new Error(`No handler named ${name}`));
      const id = nextId++;
      const started = performance.now();
      return new Promise<T>((resolve, reject) => {
        pending.set(id, {
          resolve: (value) => (record(name, performance.now() - started, true), resolve(value as T)),
          reject: (error) => (record(name, performance.now() - started, false), reject(error)),
        });
        worker.postMessage({ id, bundle: join(outdir, `${name}.js`), event, requestId: randomUUID() });
      });
    },
    idle() {
      return pending.size === 0 ? Promise.resolve() : new Promise((resolve) => idleWaiters.push(resolve));
    },
    metrics() {
      const id = nextId++;
      return new Promise<LambdaMetrics>((resolve) => {
        metricRequests.set(id, (dynamo) => resolve(structuredClone({ invocations, dynamo })));
        worker.postMessage({ metrics: id });
      });
    },
    async close() {
      await worker.terminate();
      await rm(outdir, { recursive: true, force: true });
    },
  };
}
