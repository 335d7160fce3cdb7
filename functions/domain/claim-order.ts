/**
 * The order in which "Get next in queue" tries the waiting chats it read: the oldest first (one agent
 * asking gets the customer who waited longest); then, having lost it, the rest from a random point,
 * so agents asking at once spread out instead of all fighting over the next oldest.
 */
export function claimOrder<T>([oldest, ...rest]: T[], random: () => number = Math.random): T[] {
  if (oldest === undefined) return [];
  const offset = Math.floor(random() * rest.length);
  return [oldest, ...rest.slice(offset), ...rest.slice(0, offset)];
}
