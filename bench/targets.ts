/** The targets the issue sets, checked against a run's figures. */
import type { LevelResult } from './load/level';
import type { Weight } from './weight';

export interface TargetCheck { target: string; actual: string; met: boolean | undefined }

/** p99 delivery latency targets on this 2-core machine, by concurrent chats. */
export const LATENCY_P99_TARGETS_MS: Record<number, number> = { 100: 50, 500: 150 };
export const COST_PER_1000_CHATS_USD = 0.1;
export const WEB_BUDGETS_GZIP_BYTES = { loader: 2 * 1024, widget: 20 * 1024, console: 80 * 1024 };
export const LAMBDA_BUNDLE_BUDGET_BYTES = 150 * 1024;

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

export function checkTargets(levels: LevelResult[], weight: Weight | undefined): TargetCheck[] {
  const checks: TargetCheck[] = [];
  for (const level of levels) {
    const limit = LATENCY_P99_TARGETS_MS[level.config.chats];
    const worst = Math.max(level.latencyMs.customerToAgent.p99, level.latencyMs.agentToCustomer.p99);
    if (limit !== undefined) checks.push({ target: `p99 delivery ≤ ${limit} ms at ${level.config.chats} chats (worse direction)`, actual: `${worst.toFixed(1)} ms`, met: worst <= limit });
  }
  for (const level of levels) {
    const m = level.messages;
    checks.push({ target: `0 lost, 0 duplicated at ${level.config.chats} chats`, actual: `${m.lost} lost, ${m.duplicated} duplicated of ${m.sent}`, met: m.lost === 0 && m.duplicated === 0 && m.sent > 0 });
  }
  for (const level of levels) {
    if (!level.cost) {
      checks.push({ target: `≤ $${COST_PER_1000_CHATS_USD.toFixed(2)} per 1,000 chats (run at ${level.config.chats} chats)`, actual: 'not measured: a remote target\'s use is in its own metrics and bill', met: undefined });
      continue;
    }
    const usd = level.cost.per1000Chats.total;
    const usEast1 = level.costUsEast1 ? ` (us-east-1 $${level.costUsEast1.total.toFixed(3)})` : '';
    // Met or not by the eu-west-1 figure, the higher of the two.
    checks.push({ target: `≤ $${COST_PER_1000_CHATS_USD.toFixed(2)} per 1,000 chats (run at ${level.config.chats} chats, ${level.agents} agents)`, actual: `$${usd.toFixed(3)}${usEast1}`, met: usd <= COST_PER_1000_CHATS_USD });
  }
  if (weight) {
    if ('error' in weight.web) checks.push({ target: 'web bundles', actual: `build failed: ${weight.web.error}`, met: undefined });
    else {
      const w = weight.web;
      checks.push({ target: `widget loader ≤ ${kb(WEB_BUDGETS_GZIP_BYTES.loader)} gzip`, actual: kb(w.loaderGzipBytes), met: w.loaderGzipBytes <= WEB_BUDGETS_GZIP_BYTES.loader });
      checks.push({ target: `whole widget (loader + panel + largest on-demand part) ≤ ${kb(WEB_BUDGETS_GZIP_BYTES.widget)} gzip`, actual: kb(w.widgetGzipBytes), met: w.widgetGzipBytes <= WEB_BUDGETS_GZIP_BYTES.widget });
      checks.push({ target: `agent console ≤ ${kb(WEB_BUDGETS_GZIP_BYTES.console)} gzip`, actual: kb(w.consoleGzipBytes), met: w.consoleGzipBytes <= WEB_BUDGETS_GZIP_BYTES.console });
    }
    const largest = [...weight.lambdas].sort((a, b) => b.minifiedBytes - a.minifiedBytes)[0];
    if (largest) checks.push({ target: `each Lambda bundle ≤ ${kb(LAMBDA_BUNDLE_BUDGET_BYTES)} minified`, actual: `largest ${largest.name} ${kb(largest.minifiedBytes)}`, met: largest.minifiedBytes <= LAMBDA_BUNDLE_BUDGET_BYTES });
  }
  return checks;
}
