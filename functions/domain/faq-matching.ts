/** Which FAQ entries answer a question being typed: pure, so it is tested without a table. */
import { eng } from 'stopword/src/stopwords_eng.js';
import { nld } from 'stopword/src/stopwords_nld.js';
import type { ReplyView } from '../protocol';

export const SUGGESTED = 3;
/** A single letter matches nearly every entry. */
const MIN_WORD = 2;
/**
 * Words of either language that carry no topic ("is", "my", "het", "de"): without them a Dutch
 * question matched English entries by "is" and "in", and "my order" every entry with "my".
 */
const STOP_WORDS = new Set([...eng, ...nld].map(plain));

function plain(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
}

/** Lower case, accents dropped, split on anything that is not a letter or digit; short and stop words left out. */
export function words(text: string): string[] {
  return plain(text).split(/[^\p{L}\p{N}]+/u).filter((word) => word.length >= MIN_WORD && !STOP_WORDS.has(word));
}

/**
 * Scores each FAQ by the question's words it contains: a word in its title counts twice, in its answer
 * once; the last word may still be half typed, so it also matches as a prefix. Best first, ties by title.
 */
export function bestMatches(question: string, faqs: ReplyView[], limit = SUGGESTED): ReplyView[] {
  const asked = [...new Set(words(question))];
  if (asked.length === 0) return [];
  const typing = words(question).at(-1)!;
  const score = (faq: ReplyView) => {
    const [title, answer] = [new Set(words(faq.title)), new Set(words(faq.text))];
    const has = (set: Set<string>, word: string) => set.has(word) || (word === typing && [...set].some((w) => w.startsWith(word)));
    return asked.reduce((sum, word) => sum + (has(title, word) ? 2 : 0) + (has(answer, word) ? 1 : 0), 0);
  };
  return faqs
    .map((faq) => ({ faq, score: score(faq) }))
    .filter(({ score: s }) => s > 0)
    .sort((a, b) => b.score - a.score || a.faq.title.localeCompare(b.faq.title))
    .slice(0, limit)
    .map(({ faq }) => faq);
}
