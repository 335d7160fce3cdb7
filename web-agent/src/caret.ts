/** Putting text into the composer where the caret is, as pasting would. */

export interface Spliced { text: string; caret: number }

/** `insert` in place of the selection `start`–`end` of `text`; the caret goes right after it. */
export function spliceAt(text: string, start: number, end: number, insert: string): Spliced {
  const from = Math.max(0, Math.min(start, text.length));
  const to = Math.max(from, Math.min(end, text.length));
  return { text: text.slice(0, from) + insert + text.slice(to), caret: from + insert.length };
}

/**
 * `insert` as it goes between `before` and `after` (the text on either side of the caret): kept apart
 * from a word it would touch by a space, or by a new line when it is several lines itself, so a reply
 * added to a draft does not run on from its last sentence.
 */
export function separated(before: string, insert: string, after = ''): string {
  if (!insert) return insert;
  const gap = insert.includes('\n') ? '\n' : ' ';
  const lead = before && !/\s$/.test(before) && !/^\s/.test(insert) ? gap : '';
  const tail = after && !/^\s/.test(after) && !/\s$/.test(insert) ? gap : '';
  return lead + insert + tail;
}

/**
 * Writes `insert` into the field at its caret (or at the end when it never had focus), then focuses
 * it. Nothing is cut: a text over the protocol's limit stays whole and the composer says so.
 */
export function insertIntoField(field: HTMLTextAreaElement, insert: string, setText: (text: string) => void): void {
  const { text, caret } = spliceAt(field.value, field.selectionStart ?? field.value.length, field.selectionEnd ?? field.value.length, insert);
  setText(text);
  // The field's value is set by the next render; the caret is placed once it is there.
  requestAnimationFrame(() => {
    field.focus();
    field.setSelectionRange(caret, caret);
  });
}
