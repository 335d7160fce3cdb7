/**
 * Queue broadcast rounds start at least this far apart, whoever leads them: with many agents online,
 * a burst of starts and claims then costs one broadcast a second instead of one per change (each
 * round posts to every agent). A change after a quiet second is still told at once.
 */
export const MIN_ROUND_INTERVAL_MS = 1000;
