/** When a waiting chat raises an alert: each channel sets its own times; these are the defaults. */
import type { AlertLevel } from '../protocol';

/** To Present agents. */
export const UNANSWERED_WARNING_MS = 60_000;
/** To managers, only while someone is Present. */
export const MANAGER_WARNING_MS = 120_000;

export interface WarningTimes { unansweredMs: number; managerMs: number }

/** A channel's warning times (ChannelSettings' seconds). */
export const warningTimes = (settings: { unansweredWarningSeconds: number; managerWarningSeconds: number }): WarningTimes => ({
  unansweredMs: settings.unansweredWarningSeconds * 1000,
  managerMs: settings.managerWarningSeconds * 1000,
});

/** The alert levels a chat waiting since `queuedAt` has reached by `now`. */
export function dueLevels(queuedAt: number, now: number, times: WarningTimes = { unansweredMs: UNANSWERED_WARNING_MS, managerMs: MANAGER_WARNING_MS }): AlertLevel[] {
  const waited = now - queuedAt;
  const levels: AlertLevel[] = [];
  if (waited >= times.unansweredMs) levels.push('unanswered');
  if (waited >= times.managerMs) levels.push('manager');
  return levels;
}

/** The custom metric the sweep records each minute: chats still waiting past the manager warning. */
export const PAST_MANAGER_WARNING_METRIC = 'ChatsPastManagerWarning';
