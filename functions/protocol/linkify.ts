/**
 * Finds links in a chat message, for both frontends to render as elements (never as HTML): web
 * addresses with http(s) or starting `www.`, and email addresses (as mailto:). Anything else, a
 * `javascript:` or `data:` URL included, stays text. The segments' texts joined give back the message (an empty message has no segments).
 */

export interface TextSegment { text: string; href?: string }

const CANDIDATES = /(?:https?:\/\/|www\.)[^\s<>"`]+|(?:mailto:)?[\w.+-]+@[a-z\d-]+(?:\.[a-z\d-]+)+/gi;
const CLOSERS: Record<string, string> = { ')': '(', ']': '[' };

export function linkify(text: string): TextSegment[] {
  const segments: TextSegment[] = [];
  let done = 0;
  for (const match of text.matchAll(CANDIDATES)) {
    const start = match.index ?? 0;
    let raw = match[0];
    // Sentence punctuation, and a bracket the address did not open, end it: "(see https://x.nl/a_(b))."
    for (let last; (last = raw[raw.length - 1]), /[.,;:!?'*]/.test(last) || (CLOSERS[last] && count(raw, CLOSERS[last]) < count(raw, last)); ) raw = raw.slice(0, -1);
    // Only at the start of a word: "xhttp://…" or "a/b@c.d" is not an address.
    const href = /[\w@./:+-]/.test(text[start - 1] ?? ' ') ? undefined : safeHref(raw);
    if (!href) continue;
    segments.push({ text: text.slice(done, start) }, { text: raw, href });
    done = start + raw.length;
  }
  segments.push({ text: text.slice(done) });
  return segments.filter((segment) => segment.text);
}

const count = (s: string, c: string) => s.split(c).length - 1;

/** The URL the address stands for, when it is http(s) with a host or a mailto; otherwise undefined. */
function safeHref(raw: string): string | undefined {
  try {
    const url = new URL(/^www\./i.test(raw) ? `https://${raw}` : /^(https?|mailto):/i.test(raw) ? raw : `mailto:${raw}`);
    if (url.protocol === 'mailto:' || (/^https?:$/.test(url.protocol) && url.hostname)) return url.href;
  } catch {
    // Not a URL at all: it stays text.
  }
  return undefined;
}
