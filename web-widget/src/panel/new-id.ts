/**
 * A random id for a chat, message or request the widget starts: 21 characters of 0–9 and a–z, about
 * 108 random bits, from the browser's own cryptographic random source. Made here rather than with
 * nanoid (which the console uses): nanoid's 64-character alphabet and its code cost the widget 84 bytes
 * of its 20 KB, gzipped.
 */
export const newId = (): string => Array.from(crypto.getRandomValues(new Uint8Array(21)), (byte) => (byte % 36).toString(36)).join('');
