/** Runs every minute on the EventBridge schedule; takes "now" from the event so tests can move time. */
import type { ScheduledEvent } from 'aws-lambda';
import { sweep, type SweepReport } from '../domain/sweeper';

export async function handler(event: ScheduledEvent): Promise<SweepReport> {
  const now = event.time ? Date.parse(event.time) : Date.now();
  return sweep(Number.isNaN(now) ? Date.now() : now);
}
