/** Runs every minute on the EventBridge schedule; takes "now" from the event so tests can move time. */
import type { ScheduledEvent } from 'aws-lambda';
import { recordMetrics } from '../adapters/metrics';
import { PAST_MANAGER_WARNING_METRIC } from '../domain/alert-rules';
import { sweep, type SweepReport } from '../domain/sweeper';

export async function handler(event: ScheduledEvent): Promise<SweepReport> {
  const parsed = event.time ? Date.parse(event.time) : Date.now();
  const now = Number.isNaN(parsed) ? Date.now() : parsed;
  const report = await sweep(now);
  recordMetrics({ [PAST_MANAGER_WARNING_METRIC]: report.chatsPastManagerWarning }, now);
  // Thrown after the metrics, so the unanswered-chat alarm keeps its figure and the error alarm still hears of it.
  if (report.statsRollupError) throw new Error('statistics roll-up failed', { cause: report.statsRollupError });
  return report;
}
