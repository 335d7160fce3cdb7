/**
 * Lambda for the local runtime: bundles each manifest entry with esbuild (as NodejsFunction does,
 * the AWS SDK left external as in Lambda's Node runtime) and invokes it in a worker thread whose
 * environment holds this runtime's endpoints.
 */
import { randomUUID } from 'node:crypto';
import { mkdir, rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { Worker } from 'node:worker_threads';
import { build } from 'esbuild';

export interface LambdaHost {
  invoke<T = unknown>(name: string, event: unknown): Promise<T>;
  /** Resolves once no invocation is running: lets tests wait for side effects without sleeping. */
  idle(): Promise<void>;
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
  let nextId = 1;
  const idleWaiters: (() => void)[] = [];
  const settle = (id: number) => {
    pending.delete(id);
    if (pending.size > 0) return;
    for (const resolve of idleWaiters.splice(0)) resolve();
  };
  worker.on('message', ({ id, ok, result, error }) => {
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
  });

  return {
    invoke<T>(name: string, event: unknown): Promise<T> {
      if (!(name in entries)) return Promise.reject(new Error(`No handler named ${name}`));
      const id = nextId++;
      return new Promise<T>((resolve, reject) => {
        pending.set(id, { resolve: resolve as (value: unknown) => void, reject });
        worker.postMessage({ id, bundle: join(outdir, `${name}.js`), event, requestId: randomUUID() });
      });
    },
    idle() {
      return pending.size === 0 ? Promise.resolve() : new Promise((resolve) => idleWaiters.push(resolve));
    },
    async close() {
      await worker.terminate();
      await rm(outdir, { recursive: true, force: true });
    },
  };
}
