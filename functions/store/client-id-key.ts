/**
 * What a chat item keeps of a client message id: an 8-character digest instead of the id itself
 * (up to 64 characters), because the chat item is rewritten with every message and DynamoDB bills
 * each write by the whole item's size per KB. 8 base64url characters of SHA-256 are 48 bits; two of a
 * chat's at most 64 kept ids share a digest with odds below 10⁻¹¹, and even then the later message
 * is refused rather than taken for the other (see chat.ts).
 */
import { createHash } from 'node:crypto';

export const clientIdKey = (clientMessageId: string): string =>
  createHash('sha256').update(clientMessageId, 'utf8').digest('base64url').slice(0, 8);
