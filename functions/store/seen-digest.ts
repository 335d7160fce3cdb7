/**
 * What an hourly counter item keeps of each event it counted: a fixed 8-character digest instead of
 * the ~45-character event key, because DynamoDB bills every write by the whole item's size (per KB)
 * and every read of the item pays for the set too.
 *
 * 8 base64url characters of SHA-256 are 48 bits. Two different keys in the same item (one channel,
 * one hour) share a digest with odds n²/2 ÷ 2⁴⁸ over an item's n keys, and the later of them would
 * then go uncounted. A chat adds at most 5 keys (started, answered, ended, closed, rated), so 1,000
 * chats an hour on one channel give n ≤ 5,000: 4.4·10⁻⁸ per hour item, one miscounted event in
 * about 2,600 years of such hours. A full item (400 KB ÷ 8 B ≈ 50,000 digests, ~10,000 chats in
 * one hour) stays at 4.4·10⁻⁶. Six characters (36 bits) would already give ~1.6 a year at 1,000
 * chats an hour, so 8 it is.
 */
import { createHash } from 'node:crypto';

export const SEEN_DIGEST_LENGTH = 8;

export const seenDigest = (eventKey: string): string =>
  createHash('sha256').update(eventKey, 'utf8').digest('base64url').slice(0, SEEN_DIGEST_LENGTH);

const BASE64URL = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/**
 * Which of `shards` items (a power of two up to 4,096) a digest belongs to: its first 12 bits, the
 * first character's six the lowest, so every shard is equally likely and up to 64 shards an event
 * meets the item its first character alone picked before.
 */
export const digestShard = (digest: string, shards: number): number =>
  (BASE64URL.indexOf(digest[0]) + 64 * BASE64URL.indexOf(digest[1])) % shards;
