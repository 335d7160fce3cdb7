/**
 * The chat item records each message's client id (as a short key, with its seq) so a resent message
 * is recognised and stored once. A resend comes within moments: a client resends what is unconfirmed
 * every few seconds (RESEND_MS in the browser client), after a reconnect only what the sync did not
 * bring back, and the gateway gives up on a frame after 29 s. So an id is needed for a couple of
 * minutes at most. The item is rewritten with every message and billed per started kilobyte, and
 * each id adds ~11 bytes: once the item nears 1 KB, ids of messages older than the window are
 * dropped, keeping the newest few whatever their age, and never more than the newest 48 after a
 * burst. Until 2026-11-26 it kept 32 to 64 ids, so from a chat's ~37th message on most of its writes
 * cost two units instead of one.
 */
import { messageTimes, replaceRecentIds, type ChatItem } from '../store';

/** Kept whatever their age. */
const ALWAYS_KEPT = 8;
/** A burst (every id still within the window) is cut back to the newest 48 once it reaches 64. */
const MOST_KEPT = 48;
const AT_MOST = 64;
/** Far longer than any resend takes to arrive. */
export const RESEND_WINDOW_MS = 120_000;
/** The item's size (estimated) from which old ids go: under 1 KB, with room for the next few messages. */
const TRIM_FROM_BYTES = 850;
/** A large item is looked at every this many messages, so a burst does not cost a read a message. */
const LOOK_EVERY = 8;
/** Where (newest first) the ids may be cut: a message a resend may still need is kept with all newer ones. */
const CUT_POINTS = [ALWAYS_KEPT, 16, 24, 32];

/** Drops the ids no resend can need any more, when the chat item has grown large enough to matter. */
export async function forgetOldMessageIds(chat: ChatItem, now: number): Promise<void> {
  const ids = Object.entries(chat.recent ?? {}).sort(([, a], [, b]) => b - a);
  if (ids.length <= ALWAYS_KEPT) return;
  const full = ids.length >= AT_MOST;
  if (!full && (approximateBytes(chat) < TRIM_FROM_BYTES || chat.lastSeq % LOOK_EVERY !== 0)) return;
  // Seqs rise with time: the first of these cut points whose message is older than the window has
  // only older ones after it. One read of a few messages, not of every message the ids name.
  const cuts = CUT_POINTS.filter((at) => at < ids.length);
  const times = await messageTimes(chat.chatId, cuts.map((at) => ids[at][1]));
  const staleFrom = cuts.find((at) => (times.get(ids[at][1]) ?? now) < now - RESEND_WINDOW_MS);
  const kept = staleFrom !== undefined ? ids.slice(0, staleFrom) : full ? ids.slice(0, MOST_KEPT) : ids;
  if (kept.length === ids.length) return;
  await replaceRecentIds(chat.chatId, Object.fromEntries(kept), chat.lastSeq);
}

/** The item's size, near enough: its JSON, plus the connection ids (a set, which JSON leaves empty). */
function approximateBytes(chat: ChatItem): number {
  return Buffer.byteLength(JSON.stringify(chat)) + [...(chat.conns ?? [])].reduce((sum, id) => sum + id.length, 0);
}
