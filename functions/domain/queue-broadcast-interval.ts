/**
 * How far apart queue broadcast rounds start, whoever leads them. Each round posts the queue to every
 * agent connection online (and their place to the first waiting customers), and API Gateway bills
 * each post: with one round per change, a chat (its start and its claim) would cost two posts per
 * agent online, ~$0.23 per 1,000 chats with 100 agents. So rounds are spaced by how many posts the
 * last one made: about POSTS_PER_SECOND posts a second at most, never more often than once a second
 * (up to 20 connections) nor less often than every 5 s (100 connections and more). A change after a
 * quiet interval is still told at once; during a steady stream an agent sees a new chat at most one
 * interval late.
 */
export const MIN_ROUND_INTERVAL_MS = 1000;
export const MAX_ROUND_INTERVAL_MS = 5000;
const POSTS_PER_SECOND = 20;

/** The interval before the next round, after one that made `posts` posts. */
export const roundInterval = (posts: number): number =>
  Math.min(MAX_ROUND_INTERVAL_MS, Math.max(MIN_ROUND_INTERVAL_MS, Math.round((posts / POSTS_PER_SECOND) * 1000)));
