/**
 * Custom CloudWatch metrics as Embedded Metric Format log lines: no API call, no extra client.
 * Written with process.stdout.write because Lambda's JSON log format wraps console.log output in
 * its own object, and CloudWatch only extracts EMF from a line that is the EMF object itself.
 * Without METRICS_NAMESPACE (the local runtime) nothing is written.
 */
import { config } from '../config';

export function recordMetrics(values: Record<string, number>, nowMs = Date.now()): void {
  const namespace = config.metricsNamespace;
  if (!namespace) return;
  const line = {
    _aws: {
      Timestamp: nowMs,
      CloudWatchMetrics: [{ Namespace: namespace, Dimensions: [[]], Metrics: Object.keys(values).map((Name) => ({ Name, Unit: 'Count' })) }],
    },
    ...values,
  };
  process.stdout.write(`${JSON.stringify(line)}\n`);
}
