/**
 * The ramp: a fixed number of concurrent chats whose pace is stepped up, a fresh runtime per step,
 * until p99 delivery latency passes 250 ms (or a message is lost or duplicated). The highest rate
 * that passed is the sustained messages/s. Bounded in steps and in total time.
 */
import { runLevel, type LevelConfig } from './load/level';

export interface RampStep {
  chats: number;
  paceMs: number;
  perSecond: number;
  p50: number;
  p99: number;
  max: number;
  lost: number;
  duplicated: number;
  /** The local runtime's CPU; absent against a remote target. */
  cpuPercent?: number;
  /** Highest 1-minute load average of the machine during the step (2 cores). */
  machineLoad: number;
  passed: boolean;
}

export interface RampResult { thresholdMs: number; steps: RampStep[]; sustainedPerSecond: number | undefined; stoppedBecause: string }

export const RAMP_THRESHOLD_MS = 250;
const RAMP_CHATS = 200;
/** Target rates, messages/s; the pace follows from them (chats ÷ rate). */
const RAMP_RATES = [100, 150, 200, 250, 300, 400];
const RAMP_BUDGET_MS = 8 * 60_000;

export async function runRamp(base: Omit<LevelConfig, 'name' | 'chats' | 'pace'>, log: (line: string) => void): Promise<RampResult> {
  const steps: RampStep[] = [];
  const started = Date.now();
  let stoppedBecause = `reached the last step (${RAMP_RATES.at(-1)} msgs/s)`;
  for (const rate of RAMP_RATES) {
    if (Date.now() - started > RAMP_BUDGET_MS) {
      stoppedBecause = `time budget of ${RAMP_BUDGET_MS / 60_000} minutes used`;
      break;
    }
    const paceMs = Math.round((RAMP_CHATS / rate) * 1000);
    log(`ramp step: ${RAMP_CHATS} chats, pace ${paceMs} ms (aiming at ${rate} msgs/s)`);
    const result = await runLevel({
      ...base, name: `ramp${rate}`, chats: RAMP_CHATS, pace: { minMs: paceMs / 2, maxMs: (paceMs * 3) / 2 },
    }, log);
    const d = result.latencyMs.delivery;
    const passed = d.p99 < RAMP_THRESHOLD_MS && result.messages.lost === 0 && result.messages.duplicated === 0;
    steps.push({
      chats: RAMP_CHATS, paceMs, perSecond: result.messages.perSecond, p50: d.p50, p99: d.p99, max: d.max,
      lost: result.messages.lost, duplicated: result.messages.duplicated, cpuPercent: result.runtime?.cpuPercentOfOneCore,
      machineLoad: result.machineLoad.max, passed,
    });
    log(`  → ${result.messages.perSecond.toFixed(1)} msgs/s, p99 ${d.p99.toFixed(1)} ms: ${passed ? 'passed' : 'failed'}`);
    if (!passed) {
      stoppedBecause = d.p99 >= RAMP_THRESHOLD_MS ? `p99 ${d.p99.toFixed(0)} ms ≥ ${RAMP_THRESHOLD_MS} ms` : 'messages lost or duplicated';
      break;
    }
  }
  const passing = steps.filter((s) => s.passed);
  return { thresholdMs: RAMP_THRESHOLD_MS, steps, sustainedPerSecond: passing.length ? Math.max(...passing.map((s) => s.perSecond)) : undefined, stoppedBecause };
}
