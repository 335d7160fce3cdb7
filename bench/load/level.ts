/**
 * One load level: a fresh runtime (own port, own data dir, own process; or the deployed stack a
 * remote target names, see target.ts), agents signed in and Present, then `chats` customers arriving over the ramp, each chat claimed with "Get next in queue",
 * 20 messages exchanged at the given pace, and ended by the agent. Measures the window from the first
 * arrival to the last chat's end; always closes every socket and stops the runtime.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { costOf, type Cost } from '../cost';
import { US_EAST_1_PRICES } from '../prices';
import type { ChildMetrics } from '../runtime-child';
import { summarize, type Summary } from '../stats';
import { usageBetween, type WindowUsage } from '../usage';
import { AgentPool } from './agents';
import { inBatches, seededRandom, sleep, Timers } from './clock';
import { localTarget, openRemoteTarget, type RemoteTarget, type Target } from './target';
import { noteProblem, StartGate, type LoadContext, type Pace, type Problems } from './context';
import { runCustomer } from './customers';
import { Deliveries, type DeliveryCounts, type TimelineSlice } from './deliveries';

export interface LevelConfig {
  name: string;
  chats: number;
  chatsPerAgent: number;
  messagesPerChat: number;
  pace: Pace;
  /** The clients send `typing` and `chat.read` as the widget and the console do. */
  signals: boolean;
  /** Length of each customer's question (customers.ts has the default one). */
  questionChars?: number;
  /** Customers arrive at most this fast; conversations start once all are claimed. */
  maxArrivalsPerSecond: number;
  /** At most this many customers between connecting and being claimed at once. */
  arrivalsInFlight: number;
  deliveryTimeoutMs: number;
  seed: number;
  /** Worker threads running the handlers in the runtime under test. */
  lambdaWorkers: number;
  cpuProfileDir?: string;
  /** A deployed stack to run against instead of a local runtime (see target.ts). */
  remote?: RemoteTarget;
}

export interface LevelResult {
  config: LevelConfig;
  agents: number;
  latencyMs: { delivery: Summary; customerToAgent: Summary; agentToCustomer: Summary; connect: Summary; chatStart: Summary; claim: Summary; queueWait: Summary };
  messages: DeliveryCounts & { perSecond: number };
  /** Delivery latency by 5-second slice of the conversation phase. */
  timeline: TimelineSlice[];
  chatsCompleted: number;
  peakConcurrentChats: number;
  /** From the first arrival until every chat was claimed and the conversations could start. */
  arrivalPhaseMs: number;
  /** Chats started and claimed per second over the arrival phase: what the runtime absorbed. */
  arrivalsPerSecond: number;
  problems: Problems & { failedClaims: number };
  /** The local runtime's own figures; absent for a remote target, as are usage and cost. */
  runtime?: { cpuMs: number; cpuPercentOfOneCore: number; peakRssMb: number; maxRssMb: number; loopDelayMs: ChildMetrics['process']['loopDelayMs'] };
  driver: { cpuPercentOfOneCore: number; loopDelayP99Ms: number };
  /** The machine's 1-minute load average during the level: other work on the machine skews the figures. */
  machineLoad: { atStart: number; max: number; busyBefore?: number };
  windowMs: number;
  usage?: WindowUsage;
  cost?: Cost;
  /** The same usage at us-east-1 list prices, for comparison (`cost` is at eu-west-1). */
  costUsEast1?: Cost['per1000Chats'];
}

const SETUP_CONCURRENCY = 8;
/** Lets the last `$disconnect` invocations finish inside the measured window. */
const SETTLE_MS = 1500;
/** Event-loop delay sampling interval; the histogram holds whole intervals, so it is taken off. */
const LOOP_RESOLUTION_MS = 5;

/**
 * One short chat through every handler the level uses before the window opens, so the window
 * measures warm handlers (a Lambda container loads its bundle once; this is not the steady state).
 */
async function warmUp(ctx: LoadContext, pool: AgentPool, chatId: string): Promise<void> {
  const { pace, messagesPerChat } = ctx;
  Object.assign(ctx, { pace: { minMs: 10, maxMs: 20 }, messagesPerChat: 2 });
  await runCustomer(ctx, pool, chatId, 0);
  const warm = pool.conversations.get(chatId);
  pool.conversations.delete(chatId);
  if (!warm?.completed) throw new Error(`the warm-up chat did not complete: ${ctx.problems.notes.join('; ')}`);
  Object.assign(ctx, {
    pace, messagesPerChat, deliveries: new Deliveries(),
    samples: { connectMs: [], startMs: [], claimMs: [], queueWaitMs: [] },
    concurrency: { now: 0, peak: 0 },
  });
}

/** Arrivals that never finish claiming must not hold the conversations back for ever. */
const GATE_GRACE_MS = 60_000;

/** Arrivals slower than this are given up on: the arrival phase lasts at most chats ÷ this. */
const MIN_ARRIVALS_PER_SECOND = 1;

/** Longest a level may take: the slowest arrival phase, then every turn at the slowest pace plus margin, twice over. */
export function levelDeadlineMs(config: LevelConfig): number {
  return (config.chats / MIN_ARRIVALS_PER_SECOND) * 1000 + 2 * GATE_GRACE_MS + 2 * (config.messagesPerChat + 2) * (config.pace.maxMs + 2000);
}

/** Starts customer `i` for i = 0…chats-1, paced and throttled (see runLevel); resolves when all have started or time is up. */
async function admitCustomers(config: LevelConfig, ctx: LoadContext, start: (i: number) => void): Promise<void> {
  const phaseEnds = performance.now() + (config.chats / MIN_ARRIVALS_PER_SECOND) * 1000;
  const spacingMs = 1000 / config.maxArrivalsPerSecond;
  let inFlight = 0;
  let wake: (() => void) | undefined;
  ctx.gate.onArrive = () => {
    inFlight -= 1;
    wake?.();
  };
  for (let i = 0; i < config.chats; i++) {
    while (inFlight >= config.arrivalsInFlight && performance.now() < phaseEnds) {
      await new Promise<void>((resolve) => {
        wake = resolve;
        setTimeout(resolve, 1000);
      });
    }
    if (performance.now() >= phaseEnds) {
      noteProblem(ctx, `arrivals slower than ${MIN_ARRIVALS_PER_SECOND}/s; ${config.chats - i} customers never started`);
      return;
    }
    inFlight += 1;
    start(i);
    await sleep(spacingMs);
  }
}

export async function runLevel(config: LevelConfig, log: (line: string) => void): Promise<LevelResult> {
  const dataDir = await mkdtemp(join(tmpdir(), `parley-bench-${config.name}-`));
  const timers = new Timers();
  let target: Target | undefined;
  let pool: AgentPool | undefined;
  let problems: LoadContext['problems'] | undefined;
  try {
    target = config.remote
      ? await openRemoteTarget(config.remote)
      : await localTarget(dataDir, { cpuProfileDir: config.cpuProfileDir, lambdaWorkers: config.lambdaWorkers, echoStderr: !!process.env.BENCH_DEBUG });
    const { runtime } = target;
    const agentCount = Math.ceil(config.chats / config.chatsPerAgent);
    const logins = await target.agents(agentCount);

    const ctx: LoadContext = {
      base: target.base, wsUrl: target.wsUrl, customerOrigin: target.customerOrigin, timers, random: seededRandom(config.seed), deliveries: new Deliveries(),
      pace: config.pace, signals: config.signals, questionChars: config.questionChars, messagesPerChat: config.messagesPerChat, deliveryTimeoutMs: config.deliveryTimeoutMs,
      samples: { connectMs: [], startMs: [], claimMs: [], queueWaitMs: [] },
      problems: (problems = { errorFrames: {}, failedChats: 0, notes: [] }),
      concurrency: { now: 0, peak: 0 },
      gate: new StartGate(0),
    };
    pool = new AgentPool(logins, config.chatsPerAgent, ctx);
    await inBatches(pool.agents, SETUP_CONCURRENCY, (agent) => agent.connect());
    log(`  ${config.name}: ${target.label}, ${agentCount} agents Present; ${config.chats} customers arriving (≤ ${config.maxArrivalsPerSecond}/s, ≤ ${config.arrivalsInFlight} at a time)`);

    const chatIdOf = (suffix: string) => `${target!.chatIdPrefix}-${config.name}-${suffix}`;
    await warmUp(ctx, pool, chatIdOf('warmup'));

    await runtime?.mark();
    const before = await runtime?.metrics();
    const driverLoop = monitorEventLoopDelay({ resolution: LOOP_RESOLUTION_MS });
    driverLoop.enable();
    const driverCpu = process.cpuUsage();
    ctx.gate = new StartGate(config.chats);
    const started = performance.now();
    const machineLoad = { atStart: loadavg()[0], max: loadavg()[0] };
    timers.every(5000, () => (machineLoad.max = Math.max(machineLoad.max, loadavg()[0])));
    // Customers arrive at most `maxArrivalsPerSecond`, and at most `arrivalsInFlight` at a time between
    // connecting and being claimed: the arrival phase goes as fast as the runtime absorbs it, so the
    // queue stays short instead of a backlog that every queue change re-broadcasts.
    const customers: Promise<void>[] = [];
    const admitted = admitCustomers(config, ctx, (i) => {
      const chatId = chatIdOf(String(i + 1).padStart(5, '0'));
      customers.push(runCustomer(ctx, pool!, chatId, i));
    }).then(() => timers.after(GATE_GRACE_MS, () => {
      if (Number.isNaN(ctx.gate.openedAt)) ctx.problems.notes.push(`not every chat was claimed ${GATE_GRACE_MS / 1000} s after the last arrival; started the conversations anyway`);
      ctx.gate.open();
    }));
    // A chat still unclaimed well after the conversations started never will be: stop waiting for it.
    void ctx.gate.opened.then(() => timers.after(GATE_GRACE_MS, () => {
      const unclaimed = [...pool!.conversations.values()].filter((c) => !c.agent && !c.finished);
      if (unclaimed.length) ctx.problems.notes.push(`${unclaimed.length} chats were never claimed; gave up on them`);
      for (const conversation of unclaimed) conversation.finish();
    }));
    const progress = timers.every(10_000, () => {
      const c = ctx.deliveries.counts();
      log(`  ${config.name}: ${Math.round((performance.now() - started) / 1000)} s, ${ctx.concurrency.now} chats active, ${c.delivered}/${config.chats * config.messagesPerChat} messages delivered`);
    });
    const deadline = levelDeadlineMs(config);
    const timedOut = new Promise<boolean>((resolve) => timers.after(deadline, () => resolve(false)));
    const finished = await Promise.race([admitted.then(() => Promise.all(customers)).then(() => true), timedOut]);
    timers.cancel(progress);
    if (!finished) {
      ctx.problems.notes.push(`the level did not finish within ${Math.round(deadline / 1000)} s; stopped it`);
      for (const conversation of pool.conversations.values()) conversation.finish();
    }
    await sleep(SETTLE_MS);
    const after = await runtime?.metrics();
    const driverCpuUsed = process.cpuUsage(driverCpu);
    driverLoop.disable();

    const counts = ctx.deliveries.counts();
    const usage = before && after ? usageBetween(before, after, config.chats) : undefined;
    const windowMs = before && after ? after.at - before.at : performance.now() - started;
    return {
      config,
      agents: agentCount,
      latencyMs: {
        delivery: summarize([...ctx.deliveries.customerToAgentMs, ...ctx.deliveries.agentToCustomerMs]),
        customerToAgent: summarize(ctx.deliveries.customerToAgentMs),
        agentToCustomer: summarize(ctx.deliveries.agentToCustomerMs),
        connect: summarize(ctx.samples.connectMs),
        chatStart: summarize(ctx.samples.startMs),
        claim: summarize(ctx.samples.claimMs),
        queueWait: summarize(ctx.samples.queueWaitMs),
      },
      messages: { ...counts, perSecond: ctx.deliveries.perSecond() },
      timeline: ctx.deliveries.timeline(5000),
      chatsCompleted: [...pool.conversations.values()].filter((c) => c.completed).length,
      peakConcurrentChats: ctx.concurrency.peak,
      arrivalPhaseMs: ctx.gate.openedAt - started,
      arrivalsPerSecond: (ctx.samples.claimMs.length / (ctx.gate.openedAt - started)) * 1000,
      problems: { ...ctx.problems, failedClaims: pool.failedClaims },
      ...(usage && after && {
        runtime: {
          cpuMs: usage.runtimeCpuMs,
          cpuPercentOfOneCore: (usage.runtimeCpuMs / windowMs) * 100,
          peakRssMb: after.process.peakRssSinceMarkBytes / 2 ** 20,
          maxRssMb: after.process.maxRssBytes / 2 ** 20,
          loopDelayMs: after.process.loopDelayMs,
        },
      }),
      driver: {
        cpuPercentOfOneCore: ((driverCpuUsed.user + driverCpuUsed.system) / 1000 / windowMs) * 100,
        loopDelayP99Ms: Math.max(0, driverLoop.percentile(99) / 1e6 - LOOP_RESOLUTION_MS),
      },
      machineLoad,
      windowMs,
      ...(usage && { usage, cost: costOf(usage.usage), costUsEast1: costOf(usage.usage, US_EAST_1_PRICES).per1000Chats }),
    };
  } catch (error) {
    // What the clients were told (an error frame answering the frame they waited on) and what the
    // runtime logged (a handler that threw, a worker that died) say why a reply never came.
    const noted = problems?.notes.slice(-10).join('\n');
    const logged = target?.runtime?.stderrTail().split('\n').filter((line) => line.startsWith('[runtime]') || /error/i.test(line)).slice(-20).join('\n');
    if (error instanceof Error) {
      if (noted) error.message += `\nthe clients' last problems:\n${noted}`;
      if (logged) error.message += `\nthe runtime's last log lines:\n${logged}`;
    }
    throw error;
  } finally {
    timers.cancelAll();
    if (pool) await Promise.all(pool.agents.map((a) => a.close()));
    await target?.stop();
    await rm(dataDir, { recursive: true, force: true });
  }
}
