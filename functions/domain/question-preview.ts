/** The first words of a long question, as the chat item keeps them (see question.ts): pure, so testable alone. */

/**
 * Longest question (in UTF-8 bytes) the chat item keeps whole, and the most its preview takes. The
 * item is ~570 bytes with a short question and grows 11 bytes per message while it keeps client
 * message ids (chat.ts), so with the preview a chat's first ~30 messages stay within one write unit.
 */
export const QUESTION_KEPT_BYTES = 200;
export const QUESTION_PREVIEW_BYTES = 100;

/** The question's first words within QUESTION_PREVIEW_BYTES, ending in "…"; undefined when it is kept whole. */
export function questionPreview(question: string): string | undefined {
  if (Buffer.byteLength(question) <= QUESTION_KEPT_BYTES) return undefined;
  let preview = '';
  // By code point, so a character is never split; the ellipsis takes three bytes of the budget.
  for (const char of question) {
    if (Buffer.byteLength(preview + char) > QUESTION_PREVIEW_BYTES - 3) break;
    preview += char;
  }
  // Back to the last word boundary, unless that would leave little of the question.
  const space = preview.search(/\s\S*$/);
  if (space > preview.length / 2) preview = preview.slice(0, space);
  return `${preview.trimEnd()}…`;
}
