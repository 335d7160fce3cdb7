/** Starts the runtime in a child process (runtime-child.ts) and talks to it over IPC. */
import { fork, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import type { NewAgent } from '../functions/domain/agents';
import type { ChildMetrics, ChildRequest } from './runtime-child';

export interface RuntimeProcess {
  url: string;
  wsUrl: string;
  pid: number;
  seed(agents: NewAgent[]): Promise<void>;
  /** Starts a fresh peak-RSS and event-loop window. */
  mark(): Promise<void>;
  metrics(): Promise<ChildMetrics>;
  /** SIGKILLs the runtime (this child only): no shutdown at all, as a crashed host. Resolves once it is gone. */
  kill(): Promise<void>;
  /** Turns the gateway's switch that drops `$disconnect`s on or off. */
  swallowDisconnects(on: boolean): Promise<void>;
  /** Stops the runtime and waits for the process to exit; safe to call twice. */
  stop(): Promise<void>;
  /** The last of what the runtime wrote to stderr (its log lines and any handler's failure). */
  stderrTail(): string;
}

const START_TIMEOUT_MS = 120_000;
const REQUEST_TIMEOUT_MS = 60_000;
const STOP_TIMEOUT_MS = 15_000;

export async function startRuntimeProcess(dataDir: string, options: { cpuProfileDir?: string; lambdaWorkers?: number; port?: number; echoStderr?: boolean } = {}): Promise<RuntimeProcess> {
  const execArgv = ['--import', 'tsx', ...(options.cpuProfileDir ? ['--cpu-prof', `--cpu-prof-dir=${options.cpuProfileDir}`] : [])];
  const child = fork(join(__dirname, 'runtime-child.ts'), [dataDir, String(options.lambdaWorkers ?? 1), String(options.port ?? 0)], { execArgv, stdio: ['ignore', 'inherit', 'pipe', 'ipc'] });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr = (stderr + chunk.toString()).slice(-20_000);
    if (options.echoStderr) process.stderr.write(chunk);
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const pending = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();
  let nextId = 1;

  const ready = await new Promise<{ url: string; wsUrl: string }>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`runtime did not start within ${START_TIMEOUT_MS} ms\n${stderr}`)), START_TIMEOUT_MS);
    child.on('message', (m: { ready?: { url: string; wsUrl: string }; id?: number; ok?: boolean; result?: unknown; error?: string }) => {
      if (m.ready) {
        clearTimeout(timer);
        resolve(m.ready);
        return;
      }
      const call = m.id === undefined ? undefined : pending.get(m.id);
      if (!call) return;
      pending.delete(m.id!);
      if (m.ok) call.resolve(m.result);
      else call.reject(new Error(m.error));
    });
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`runtime exited with ${code} before it was ready\n${stderr}`));
      for (const call of pending.values()) call.reject(new Error(`runtime exited with ${code}\n${stderr}`));
      pending.clear();
    });
  }).catch(async (error) => {
    await kill(child, exited);
    throw error;
  });

  const request = <T>(cmd: ChildRequest['cmd'], extra: Partial<ChildRequest> = {}): Promise<T> => {
    const id = nextId++;
    return new Promise<T>((resolve, reject) => {
      const timer = setTimeout(() => {
        pending.delete(id);
        reject(new Error(`runtime did not answer ${cmd} within ${REQUEST_TIMEOUT_MS} ms`));
      }, REQUEST_TIMEOUT_MS);
      pending.set(id, { resolve: (v) => (clearTimeout(timer), resolve(v as T)), reject: (e) => (clearTimeout(timer), reject(e)) });
      child.send({ id, cmd, ...extra } satisfies ChildRequest);
    });
  };

  let stopped: Promise<void> | undefined;
  return {
    ...ready,
    pid: child.pid!,
    seed: (agents) => request('seed', { agents }),
    mark: () => request('mark'),
    metrics: () => request<ChildMetrics>('metrics'),
    swallowDisconnects: (on) => request('swallow', { on }),
    stderrTail: () => stderr,
    kill: async () => {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
      await exited;
    },
    stop: () => (stopped ??= (async () => {
      if (child.exitCode === null && child.connected) child.send({ id: 0, cmd: 'stop' } satisfies ChildRequest);
      await kill(child, exited);
    })()),
  };
}

/** Waits for the child to exit after a stop request; terminates it (this pid only) if it does not. */
async function kill(child: ChildProcess, exited: Promise<unknown>): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const timer = setTimeout(() => child.kill('SIGKILL'), STOP_TIMEOUT_MS);
  if (!child.connected) child.kill('SIGTERM');
  await exited;
  clearTimeout(timer);
}
