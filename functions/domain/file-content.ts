/**
 * What a file is, judged by its first bytes and never by its name or the type a browser declared:
 * the allow-list of kinds a chat accepts. Plain text has no magic number, so a file no signature
 * matches counts as text only when its bytes are valid UTF-8 without binary control characters.
 */
import { fileTypeFromBuffer } from 'file-type/core';

/** Enough of a file for every signature below, Office's zip entries included. */
export const CONTENT_SNIFF_BYTES = 64 * 1024;

export const ALLOWED_TYPES: Record<string, string> = {
  'image/png': 'PNG image',
  'image/jpeg': 'JPEG image',
  'image/gif': 'GIF image',
  'image/webp': 'WebP image',
  'application/pdf': 'PDF document',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'Word document',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'Excel workbook',
  'application/vnd.openxmlformats-officedocument.presentationml.presentation': 'PowerPoint presentation',
  'application/vnd.oasis.opendocument.text': 'OpenDocument text',
  'application/vnd.oasis.opendocument.spreadsheet': 'OpenDocument spreadsheet',
  'application/vnd.oasis.opendocument.presentation': 'OpenDocument presentation',
  'text/plain': 'Text',
};

/** Types a browser may show inline as a preview; everything else is downloaded. */
export const PREVIEW_TYPES = new Set(['image/png', 'image/jpeg', 'image/gif', 'image/webp']);

/** The allowed type these first bytes show, or undefined when the file is not one Parley accepts. */
export async function allowedTypeOf(head: Uint8Array): Promise<string | undefined> {
  if (head.length === 0) return undefined;
  const detected = await fileTypeFromBuffer(head);
  if (detected) return ALLOWED_TYPES[detected.mime] ? detected.mime : undefined;
  return looksLikeText(head) ? 'text/plain' : undefined;
}

/** Valid UTF-8 (a character cut off at the end of the sample is fine) with no NUL or other binary control bytes. */
export function looksLikeText(head: Uint8Array): boolean {
  for (const byte of head) {
    // Tab, line feed, form feed and carriage return are text; other C0 controls and DEL mean binary.
    if ((byte < 0x20 && ![0x09, 0x0a, 0x0c, 0x0d].includes(byte)) || byte === 0x7f) return false;
  }
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(head, { stream: true });
    return true;
  } catch {
    return false;
  }
}
