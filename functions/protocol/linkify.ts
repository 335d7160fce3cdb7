/**
 * Finds links in a chat message, for both frontends to render as elements (never as HTML): web
 * addresses with http(s) or starting `www.`, and email addresses (as mailto:). Anything else, a
 * `javascript:` or `data:` URL included, stays text. The segments' texts joined give back the message.
 */

export interface TextSegment { text: string; href?: string }

const CANDIDATES = /(?:https?:\/\/|www\.)[^\s<>"`]+|(?:mailto:)?[\w.+-]+@[a-z\d-]+(?:\.[a-z\d-]+)+/gi;
const SAFE_PROTOCOLS = ['http:', 'https:', 'mailto:'];
/** Punctuation that ends a sentence more often than it ends an address. */
const TRAILING = /[.,;:!?'*]$/;

export function linkify(text: string): TextSegment[] {
  const segments: TextSegment[] = [];
  let done = 0;
  for (const match of text.matchAll(CANDIDATES)) {
    const start = match.index ?? 0;
    // Only at the start of a word: "xhttp://…" or "a/b@c.d" is not an address.
    if (start > 0 && /[\w@./:+-]/.test(text[start - 1])) continue;
    const raw = trimTrailing(match[0]);
    const href = safeHref(raw);
    if (!href) continue;
    if (start > done) segments.push({ text: text.slice(done, start) });
    segments.push({ text: raw, href });
    done = start + raw.length;
  }
  if (done < text.length || segments.length === 0) segments.push({ text: text.slice(done) });
  return segments;
}

/** Drops sentence punctuation and a closing bracket the address did not open, e.g. "(see https://x.nl/a)". */
function trimTrailing(raw: string): string {
  let out = raw;
  for (;;) {
    const last = out[out.length - 1];
    if (TRAILING.test(out) || (last === ')' && count(out, '(') < count(out, ')')) || (last === ']' && count(out, '[') < count(out, ']'))) out = out.slice(0, -1);
    else return out;
  }
}

const count = (s: string, c: string) => s.split(c).length - 1;

/** The URL the address stands for, when it is http(s) with a host or a mailto; otherwise undefined. */
function safeHref(raw: string): string | undefined {
  const candidate = /^www\./i.test(raw) ? `https://${raw}` : /^(https?|mailto):/i.test(raw) ? raw : `mailto:${raw}`;
  try {
    const url = new URL(candidate);
    if (!SAFE_PROTOCOLS.includes(url.protocol)) return undefined;
    if (url.protocol !== 'mailto:' && !url.hostname) return undefined;
    return url.href;
  } catch {
    return undefined;
  }
}
