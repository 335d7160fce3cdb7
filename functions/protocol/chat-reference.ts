/**
 * A chat's reference, as agents quote it to customers and customers quote it back: eight characters
 * of Crockford's base32 (no I, L, O or U to misread), in two groups, derived from the chat id. It
 * costs no write and no counter; two chats sharing one (about one in a trillion pairs) only means a
 * History search for it lists both.
 */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

export function chatReference(chatId: string): string {
  // FNV-1a, 64-bit, then MurmurHash3's finaliser so ids one character apart share no characters:
  // not for secrecy, only to spread similar ids apart.
  let hash = 0xcbf29ce484222325n;
  for (const byte of new TextEncoder().encode(chatId)) hash = BigInt.asUintN(64, (hash ^ BigInt(byte)) * 0x100000001b3n);
  hash = BigInt.asUintN(64, (hash ^ (hash >> 33n)) * 0xff51afd7ed558ccdn);
  hash = BigInt.asUintN(64, (hash ^ (hash >> 33n)) * 0xc4ceb93fe53ec859n);
  hash ^= hash >> 33n;
  let chars = '';
  for (let i = 0; i < 8; i++) chars += ALPHABET[Number((hash >> BigInt(24 + 5 * i)) & 31n)];
  return `${chars.slice(0, 4)}-${chars.slice(4)}`;
}
