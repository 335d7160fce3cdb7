/**
 * The chat item records each message's client id (as a short key, with its seq) so a resent message
 * is recognised and stored once. A resend comes within moments: a client resends what is unconfirmed
 * every few seconds (RESEND_MS in the browser client), after a reconnect only what the sync did not
 * bring back, and the gateway gives up on a frame after 29 s. So an id is needed for a couple of
 * minutes at most, and for that long it is always kept. The item is rewritten with every message
 * and billed per started kilobyte, and each id adds ~11 bytes: once the item nears 1 KB, ids of
 * messages older than the window are dropped, keeping the newest few whatever their age. A burst
 * (the side's rate limit allows 30 at once, then 3 a second) makes the item larger for as long as
 * its ids may be resent. Until 2026-11-29 a burst was also cut back to its newest 48 ids, so an
 * older message of a burst of 64 or more, resent before it was confirmed, was stored twice.
 */
import { messageTimes, replaceRecentIds, type ChatItem } from '../store';

/** Kept whatever their age. */
const ALWAYS_KEPT = 8;
/** Far longer than any resend takes to arrive. */
export const RESEND_WINDOW_MS = 120_000;
/** The item's size (estimated) from which old ids go: under 1 KB, with room for the next few messages. */
const TRIM_FROM_BYTES = 850;
/** A large item is looked at every this many messages, so a burst does not cost a read a message. */
const LOOK_EVERY = 8;

/**
 * Where (newest first) the ids may be cut: every 8 up to 32, then at half as many again each time,
 * so a burst's hundreds of ids cost a read of a dozen messages, not of each.
 */
function cutPoints(count: number): number[] {
  const cuts = [ALWAYS_KEPT, 16, 24, 32];
  while (cuts[cuts.length - 1] < count) cuts.push(Math.ceil(cuts[cuts.length - 1] * 1.5));
  return cuts.filter((at) => at < count);
}

/** Drops the ids no resend can need any more, when the chat item has grown large enough to matter. */
export async function forgetOldMessageIds(chat: ChatItem, now: number): Promise<void> {
  const ids = Object.entries(chat.recent ?? {}).sort(([, a], [, b]) => b - a);
  if (ids.length <= ALWAYS_KEPT || chat.lastSeq % LOOK_EVERY !== 0 || approximateBytes(chat) < TRIM_FROM_BYTES) return;
  // Seqs rise with time: the first of these cut points whose message is older than the window has
  // only older ones after it. A message not stored yet (no time) is as new as can be.
  const cuts = cutPoints(ids.length);
  const times = await messageTimes(chat.chatId, cuts.map((at) => ids[at][1]));
  const staleFrom = cuts.find((at) => (times.get(ids[at][1]) ?? now) < now - RESEND_WINDOW_MS);
  if (staleFrom === undefined) return;
  await replaceRecentIds(chat.chatId, Object.fromEntries(ids.slice(0, staleFrom)), chat.lastSeq);
}

/** The item's size, near enough: its JSON, plus the connection ids (a set, which JSON leaves empty). */
function approximateBytes(chat: ChatItem): number {
  return Buffer.byteLength(JSON.stringify(chat)) + [...(chat.conns ?? [])].reduce((sum, id) => sum + id.length, 0);
}
