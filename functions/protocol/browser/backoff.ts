/**
 * How long to wait before reconnect attempt `attempt` (0 for the first retry):
 * doubling from `baseMs` up to `capMs`, with the upper half jittered so a server
 * restart is not met by every browser at the same instant.
 */
export function backoffDelay(attempt: number, random: () => number, baseMs = 500, capMs = 30_000): number {
  const ceiling = Math.min(capMs, baseMs * 2 ** attempt);
  return Math.round(ceiling / 2 + (ceiling / 2) * random());
}
