/** When a waiting chat raises an alert. Per channel once channel settings exist; these are the defaults. */
import type { AlertLevel } from '../protocol';

/** To Present agents. */
export const UNANSWERED_WARNING_MS = 60_000;
/** To managers, only while someone is Present. */
export const MANAGER_WARNING_MS = 120_000;

/** The alert levels a chat waiting since `queuedAt` has reached by `now`. */
export function dueLevels(queuedAt: number, now: number): AlertLevel[] {
  const waited = now - queuedAt;
  const levels: AlertLevel[] = [];
  if (waited >= UNANSWERED_WARNING_MS) levels.push('unanswered');
  if (waited >= MANAGER_WARNING_MS) levels.push('manager');
  return levels;
}

/** The custom metric the sweep records each minute: chats still waiting past the manager warning. */
export const PAST_MANAGER_WARNING_METRIC = 'ChatsPastManagerWarning';

/** How many of these waiting chats have waited past the manager warning by `now`. */
export function countPastManagerWarning(queuedSince: number[], now: number): number {
  return queuedSince.filter((since) => now - since >= MANAGER_WARNING_MS).length;
}
