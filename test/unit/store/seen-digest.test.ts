/** The digest a counter item keeps of each counted event key. */
import { digestShard, SEEN_DIGEST_LENGTH, seenDigest } from '../../../functions/store/seen-digest';

test('is the first 48 bits of SHA-256 in base64url (the FIPS 180-2 "abc" vector starts ba7816bf8f01)', () => {
  expect(seenDigest('abc')).toBe('ungWv48B');
});

test('is 8 URL-safe characters however long the key is', () => {
  for (const key of ['', 'started:x', `answered:${'c'.repeat(64)}:1763629200000`]) {
    expect(seenDigest(key)).toMatch(new RegExp(`^[A-Za-z0-9_-]{${SEEN_DIGEST_LENGTH}}$`));
  }
});

test('is the same for the same key, so a redelivery finds the digest of its first delivery', () => {
  expect(seenDigest('closed:chat-0001:1763629200000')).toBe(seenDigest('closed:chat-0001:1763629200000'));
});

test('differs between the keys of one busy hour', () => {
  const keys = Array.from({ length: 5000 }, (_, i) => `answered:chat-${i}:1763629200000`);
  expect(new Set(keys.map(seenDigest)).size).toBe(keys.length);
});

describe('digestShard', () => {
  test('is the digest\'s first 6 bits modulo the shard count ("ungWv48B" starts with u = 46)', () => {
    expect(digestShard(seenDigest('abc'), 4)).toBe(46 % 4);
    expect(digestShard(seenDigest('abc'), 64)).toBe(46);
  });

  test('spreads the keys of one busy hour evenly over four shards', () => {
    const counts = [0, 0, 0, 0];
    for (let i = 0; i < 4000; i++) counts[digestShard(seenDigest(`answered:chat-${i}:1763629200000`), 4)] += 1;
    for (const count of counts) expect(count).toBeGreaterThan(850);
  });

  test('past 64 shards takes the second character\'s bits above the first\'s ("ungWv48B": u = 46, n = 39)', () => {
    expect(digestShard(seenDigest('abc'), 256)).toBe(46 + 64 * (39 % 4));
  });

  test('spreads the keys of one busy hour over all 256 shards', () => {
    const counts = Array.from({ length: 256 }, () => 0);
    for (let i = 0; i < 25_600; i++) counts[digestShard(seenDigest(`answered:chat-${i}:1763629200000`), 256)] += 1;
    expect(Math.min(...counts)).toBeGreaterThan(50);
    expect(Math.max(...counts)).toBeLessThan(160);
  });
});
