/**
 * The order in which "Get next in queue" tries the waiting chats it read: the oldest first, and having
 * lost it, the next oldest, up to IN_ORDER of them, so two or three agents asking at once get the
 * customers who waited longest, in turn; then the rest from a random point, so when many ask at once
 * they spread out instead of all fighting over the next oldest.
 */
export const IN_ORDER = 3;

export function claimOrder<T>(waiting: T[], random: () => number = Math.random): T[] {
  const [first, rest] = [waiting.slice(0, IN_ORDER), waiting.slice(IN_ORDER)];
  const offset = Math.floor(random() * rest.length);
  return [...first, ...rest.slice(offset), ...rest.slice(0, offset)];
}
