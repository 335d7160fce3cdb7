/** The first words of a long question, as the chat item keeps them (see question.ts): pure, so testable alone. */

/** Longest question (in UTF-8 bytes) the chat item keeps whole. */
export const QUESTION_KEPT_BYTES = 300;

/** The question's first words within QUESTION_KEPT_BYTES, ending in "…"; undefined when it fits whole. */
export function questionPreview(question: string): string | undefined {
  if (Buffer.byteLength(question) <= QUESTION_KEPT_BYTES) return undefined;
  let preview = '';
  // By code point, so a character is never split; the ellipsis takes three bytes of the budget.
  for (const char of question) {
    if (Buffer.byteLength(preview + char) > QUESTION_KEPT_BYTES - 3) break;
    preview += char;
  }
  // Back to the last word boundary, unless that would leave little of the question.
  const space = preview.search(/\s\S*$/);
  if (space > preview.length / 2) preview = preview.slice(0, space);
  return `${preview.trimEnd()}…`;
}
