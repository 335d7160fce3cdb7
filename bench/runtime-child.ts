/**
 * The runtime under test, in a child process of its own so its CPU and memory are its own. Started
 * by runtime-process.ts over IPC: answers `seed`, `mark`, `metrics` and `stop`, and stops itself
 * if the parent goes away, so no runtime outlives a failed benchmark.
 */
import { monitorEventLoopDelay } from 'node:perf_hooks';
import type { NewAgent } from '../functions/domain/agents';
import { startRuntime, type Runtime, type RuntimeMetrics } from '../infra/local/runtime';
import { indexWrites, installIndexWriteMeter, type IndexWrites } from './gsi-meter';

export interface ChildRequest { id: number; cmd: 'seed' | 'mark' | 'metrics' | 'stop' | 'swallow'; agents?: NewAgent[]; on?: boolean }

export interface ProcessFigures {
  /** Cumulative CPU time of the whole process (every thread: gateway, dynalite, Lambda worker), µs. */
  cpu: NodeJS.CpuUsage;
  rssBytes: number;
  /** Highest RSS sampled (every 100 ms) since the last `mark`. */
  peakRssSinceMarkBytes: number;
  /** Highest RSS of the process's life, per the kernel. */
  maxRssBytes: number;
  /** Main-thread event-loop delay since the last `mark`, ms. */
  loopDelayMs: { p50: number; p99: number; max: number };
}

export interface ChildMetrics { at: number; runtime: RuntimeMetrics; indexWrites: IndexWrites; process: ProcessFigures }

const SAMPLE_MS = 100;
/** The histogram records whole timer intervals; the sampling interval is taken off to leave the delay. */
const LOOP_RESOLUTION_MS = 5;

async function main() {
  const [dataDir, workers = '1', port = '0'] = process.argv.slice(2);
  if (!dataDir) throw new Error('usage: runtime-child.ts <dataDir> [lambdaWorkers] [port]');
  installIndexWriteMeter();
  // Thousands of simulated visitors share one address here, and simulated agents type faster than people:
  // the limits are still checked (and their writes measured), they just never refuse.
  const handlerEnv = { LIMIT_CONNECTS_PER_MINUTE: '1000000', LIMIT_LOGINS_PER_MINUTE: '1000000', LIMIT_FRAMES_PER_SECOND: '1000', LIMIT_FRAME_BURST: '1000' };
  const runtime: Runtime = await startRuntime({ dataDir, port: Number(port), schedules: true, web: false, lambdaWorkers: Number(workers), handlerEnv, log: (line) => process.stderr.write(`[runtime] ${line}\n`) });

  let peakRss = process.memoryUsage.rss();
  const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage.rss())), SAMPLE_MS);
  sampler.unref();
  const loop = monitorEventLoopDelay({ resolution: LOOP_RESOLUTION_MS });
  loop.enable();

  let stopping = false;
  const stop = async (code: number) => {
    if (stopping) return;
    stopping = true;
    clearInterval(sampler);
    await runtime.close().catch(() => {});
    process.exit(code);
  };
  process.on('disconnect', () => void stop(0));

  process.on('message', async (request: ChildRequest) => {
    const answer = (result: unknown) => process.send?.({ id: request.id, ok: true, result });
    try {
      switch (request.cmd) {
        case 'seed':
          return answer(await runtime.invoke('DemoAgents', { agents: request.agents }));
        case 'swallow':
          // The gateway's test switch: drop `$disconnect`s, as API Gateway sometimes does.
          runtime.gateway.swallowDisconnects = request.on ?? false;
          return answer(null);
        case 'mark':
          peakRss = process.memoryUsage.rss();
          loop.reset();
          return answer(null);
        case 'metrics': {
          const ns = (n: number) => Math.max(0, Math.round(n / 1e4) / 100 - LOOP_RESOLUTION_MS);
          const figures: ChildMetrics = {
            at: Date.now(),
            runtime: await runtime.metrics(),
            indexWrites: indexWrites(),
            process: {
              cpu: process.cpuUsage(),
              rssBytes: process.memoryUsage.rss(),
              peakRssSinceMarkBytes: Math.max(peakRss, process.memoryUsage.rss()),
              maxRssBytes: process.resourceUsage().maxRSS * 1024,
              loopDelayMs: { p50: ns(loop.percentile(50)), p99: ns(loop.percentile(99)), max: ns(loop.max) },
            },
          };
          return answer(figures);
        }
        case 'stop':
          answer(null);
          return stop(0);
      }
    } catch (error) {
      process.send?.({ id: request.id, ok: false, error: (error as Error).stack ?? String(error) });
    }
  });
  process.send?.({ ready: { url: runtime.url, wsUrl: runtime.wsUrl } });
}

main().catch((error) => {
  process.stderr.write(`runtime child failed: ${(error as Error).stack ?? error}\n`);
  process.exit(1);
});
