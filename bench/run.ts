/**
 * `npm run bench`: drives the local runtime with simulated customers and agents over real
 * WebSockets at 10, 100 and 500 concurrent chats, prices what it used, weighs the bundles, and
 * writes bench/results.json, bench/latency.svg and the figures in docs/performance.md.
 * Exits 1 if any message was lost or duplicated, or a chat did not complete.
 */
import { readFile, mkdir, writeFile } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { parseArgs, type BenchOptions } from './args';
import { latencyChart } from './chart';
import { PRICES } from './prices';
import { runLevel, type LevelResult } from './load/level';
import { openRemoteTarget, remoteTargetFromEnv, type RemoteTarget } from './load/target';
import { machine, revision, waitForQuiet } from './machine';
import { runRamp, type RampResult } from './ramp';
import { costTable, handlerTable, isPriced, levelTable, markdownTable, postsTable, rampTable, targetsTable, textTable, unitsTable, weightTables, type Table } from './report';
import { checkTargets, LATENCY_P99_TARGETS_MS } from './targets';
import { measureWeight, type Weight } from './weight';

const REPO_ROOT = resolve(__dirname, '..');
const DOCS = join(REPO_ROOT, 'docs/performance.md');
const FIGURES_START = '<!-- bench:figures:start -->';
const FIGURES_END = '<!-- bench:figures:end -->';

const log = (line: string) => process.stderr.write(`${line}\n`);
/** Other work using more than this share of the machine's CPU delays a level (up to the wait below). */
const QUIET_THRESHOLD = 0.2;
const QUIET_MAX_WAIT_MS = 5 * 60_000;

async function main(): Promise<number> {
  let options: BenchOptions;
  let remote: RemoteTarget | undefined;
  try {
    options = parseArgs(process.argv.slice(2), REPO_ROOT);
    remote = remoteTargetFromEnv(process.env);
    // Checked before any level starts: the agents file and the site's config.json.
    if (remote) await openRemoteTarget(remote);
  } catch (error) {
    console.error((error as Error).message);
    return 2;
  }
  // A run against a deployed stack stands for that stack only: its figures go under bench/out/remote/.
  if (remote) options = { ...options, outDir: join(REPO_ROOT, 'bench/out/remote'), writeDocs: false };
  const startedAt = new Date();
  const host = machine();
  log(`Parley benchmark — ${host.cpuModel}, ${host.cores} cores, ${host.memoryGb} GB, Node ${host.node}`);
  if (remote) log(`target: ${remote.siteUrl} (BENCH_URL), agents from ${remote.agentsFile}; cost and the runtime's CPU and memory are not measured`);
  log(`levels ${options.levels.join(', ')} chats; pace ${options.pace.minMs}–${options.pace.maxMs} ms; ${options.chatsPerAgent} chats per agent; arrivals ≤ ${options.maxArrivalsPerSecond}/s, ≤ ${options.arrivalsInFlight} unclaimed at once`);

  const levels: LevelResult[] = [];
  const failures: string[] = [];
  if (options.load) {
    for (const chats of options.levels) {
      log(`level: ${chats} concurrent chats`);
      try {
        const busyBefore = await waitForQuiet(QUIET_THRESHOLD, options.quick ? 0 : QUIET_MAX_WAIT_MS, log);
        const result = await runLevel({
          name: `c${chats}`, chats, chatsPerAgent: options.chatsPerAgent, messagesPerChat: options.messagesPerChat, pace: options.pace, signals: options.signals, questionChars: options.questionChars,
          maxArrivalsPerSecond: options.maxArrivalsPerSecond, arrivalsInFlight: options.arrivalsInFlight, deliveryTimeoutMs: 20_000, seed: options.seed + chats, lambdaWorkers: options.lambdaWorkers,
          cpuProfileDir: options.profileDir && join(options.profileDir, `c${chats}`), remote,
        }, log);
        levels.push({ ...result, machineLoad: { ...result.machineLoad, busyBefore } });
        const d = result.latencyMs.delivery;
        log(`  done in ${(result.windowMs / 1000).toFixed(1)} s: p50 ${d.p50.toFixed(1)} ms, p99 ${d.p99.toFixed(1)} ms, ${result.messages.perSecond.toFixed(1)} msgs/s, lost ${result.messages.lost}, duplicated ${result.messages.duplicated}${result.cost ? `, $${result.cost.per1000Chats.total.toFixed(3)} per 1,000 chats` : ''}; machine load ≤ ${result.machineLoad.max.toFixed(1)}`);
        failures.push(...levelFailures(result));
      } catch (error) {
        failures.push(`level ${chats}: ${(error as Error).stack ?? error}`);
        log(`  FAILED: ${(error as Error).message}`);
      }
    }
  }

  let ramp: RampResult | undefined;
  if (options.ramp) {
    ramp = await runRamp({ signals: options.signals, chatsPerAgent: options.chatsPerAgent, maxArrivalsPerSecond: options.maxArrivalsPerSecond, arrivalsInFlight: options.arrivalsInFlight, messagesPerChat: 20, deliveryTimeoutMs: 20_000, seed: options.seed, lambdaWorkers: options.lambdaWorkers, remote }, log)
      .catch((error) => {
        failures.push(`ramp: ${(error as Error).message}`);
        return undefined;
      });
  }

  let weight: Weight | undefined;
  if (options.weight) {
    log('weight: web bundles, Lambda bundles, cold require times');
    weight = await measureWeight(REPO_ROOT, log);
  }

  const checks = checkTargets(levels, weight);
  const tables = reportTables(levels, ramp, weight, checks);
  console.log(`\n${tables.map(textTable).join('\n\n')}\n`);

  await mkdir(options.outDir, { recursive: true });
  const resultsPath = join(options.outDir, 'results.json');
  const chartPath = join(options.outDir, 'latency.svg');
  const rev = revision(REPO_ROOT);
  // The before/after record of each fix is written by hand, not measured by this run: it is carried over.
  const fixes = await previousFixes(resultsPath);
  await writeFile(resultsPath, `${JSON.stringify({
    date: startedAt.toISOString(), git: rev, machine: host, target: remote ? remote.siteUrl : 'local runtime', prices: PRICES,
    options: { ...options, outDir: relative(REPO_ROOT, options.outDir), profileDir: options.profileDir && relative(REPO_ROOT, options.profileDir) },
    levels, ramp, weight, targets: checks, failures, fixes,
  }, null, 2)}\n`);
  if (levels.length > 0) {
    const subtitle = `${remote ? remote.siteUrl : 'local runtime'}, driven from a ${host.cores}-core ${host.cpuModel}, pace ${options.pace.minMs / 1000}–${options.pace.maxMs / 1000} s, ${startedAt.toISOString().slice(0, 10)}`;
    await writeFile(chartPath, `${latencyChart(levels.map((l) => ({ chats: l.config.chats, p50: l.latencyMs.delivery.p50, p99: l.latencyMs.delivery.p99 })), LATENCY_P99_TARGETS_MS, subtitle)}\n`);
  }
  log(`wrote ${relative(REPO_ROOT, resultsPath)}${levels.length ? ` and ${relative(REPO_ROOT, chartPath)}` : ''}`);
  if (options.writeDocs && failures.length === 0 && levels.length > 0) {
    await writeFigures(tables, startedAt, rev.commit, host);
    log(`updated the figures in ${relative(REPO_ROOT, DOCS)}`);
  }

  if (failures.length > 0) {
    console.error(`\nBENCHMARK FAILED:\n${failures.map((f) => `  - ${f}`).join('\n')}`);
    return 1;
  }
  return 0;
}

/** What makes a level fail the run: any message lost or duplicated, or a chat that did not complete. */
function levelFailures(level: LevelResult): string[] {
  const out: string[] = [];
  const name = `${level.config.chats} chats`;
  if (level.messages.lost > 0) out.push(`${name}: ${level.messages.lost} messages LOST`);
  if (level.messages.duplicated > 0) out.push(`${name}: ${level.messages.duplicated} messages DUPLICATED`);
  if (level.chatsCompleted < level.config.chats) out.push(`${name}: only ${level.chatsCompleted} of ${level.config.chats} chats completed (${level.problems.notes.slice(0, 3).join('; ')})`);
  return out;
}

function reportTables(levels: LevelResult[], ramp: RampResult | undefined, weight: Weight | undefined, checks: ReturnType<typeof checkTargets>): Table[] {
  const tables: Table[] = [];
  if (levels.length) tables.push(levelTable(levels));
  const priced = levels.filter(isPriced);
  if (priced.length) {
    tables.push(costTable(priced), unitsTable(priced));
    const largest = priced[priced.length - 1];
    tables.push(handlerTable(largest), postsTable(largest));
  }
  if (ramp) tables.push({ ...rampTable(ramp.steps), note: `Sustained: ${ramp.sustainedPerSecond?.toFixed(1) ?? 'none'} msgs/s at p99 < ${ramp.thresholdMs} ms; stopped: ${ramp.stoppedBecause}.` });
  if (weight) tables.push(...weightTables(weight));
  tables.push(targetsTable(checks));
  return tables;
}

async function writeFigures(tables: Table[], date: Date, commit: string, host: ReturnType<typeof machine>): Promise<void> {
  const doc = await readFile(DOCS, 'utf8');
  const start = doc.indexOf(FIGURES_START);
  const end = doc.indexOf(FIGURES_END);
  if (start < 0 || end < start) throw new Error(`${DOCS} lacks the ${FIGURES_START} … ${FIGURES_END} markers`);
  const figures = [
    FIGURES_START,
    `_Generated by \`npm run bench\` on ${date.toISOString().slice(0, 16).replace('T', ' ')} UTC, commit \`${commit.slice(0, 12)}\`, ${host.cpuModel} × ${host.cores} cores, ${host.memoryGb} GB, Node ${host.node}. Raw figures: [bench/results.json](../bench/results.json)._`,
    '',
    '![Delivery latency p50 and p99 against concurrent chats](../bench/latency.svg)',
    '',
    ...tables.flatMap((t) => [markdownTable(t), '']),
    FIGURES_END,
  ].join('\n');
  await writeFile(DOCS, doc.slice(0, start) + figures + doc.slice(end + FIGURES_END.length));
}

async function previousFixes(resultsPath: string): Promise<unknown> {
  try {
    return (JSON.parse(await readFile(resultsPath, 'utf8')) as { fixes?: unknown }).fixes;
  } catch {
    return undefined;
  }
}

main().then((code) => process.exit(code), (error) => {
  console.error(`BENCHMARK FAILED: ${(error as Error).stack ?? error}`);
  process.exit(1);
});
