/**
 * The `/` list of the composer: while the text is `/` plus a few words, the quick replies and
 * templates that match those words, best first.
 */
import type { ReplyView } from '../../functions/protocol/replies';

/** How many entries the list shows. */
export const SLASH_LIMIT = 8;

/** The words after a leading `/`, or undefined when the text is not a `/` command (also once it spans lines). */
export function slashQuery(text: string): string | undefined {
  if (!text.startsWith('/') || text.includes('\n')) return undefined;
  return text.slice(1);
}

/** Lower case without accents, so "cafe" finds "Café". */
export const fold = (s: string) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();

/** How well a title and text match the query: 0 for not at all. */
function score(reply: ReplyView, query: string): number {
  const title = fold(reply.title);
  if (title.startsWith(query)) return 4;
  if (title.split(/[^\p{L}\p{N}]+/u).some((word) => word.startsWith(query))) return 3;
  if (title.includes(query)) return 2;
  // A template's Dutch text counts as much as its English one: agents search in the chat's language.
  return fold(`${reply.text}\n${reply.textNl ?? ''}`).includes(query) ? 1 : 0;
}

export interface Marks { favourites: string[]; recent: string[] }

/**
 * Quick replies and templates matching `query`, best match first; among equals favourites, then the
 * most recently used, then by title. An empty query lists them all in that order.
 */
export function rankSlash(replies: ReplyView[], query: string, marks: Marks, limit = SLASH_LIMIT): ReplyView[] {
  const wanted = fold(query.trim());
  const favourite = new Set(marks.favourites);
  const recency = (id: string) => {
    const at = marks.recent.indexOf(id);
    return at < 0 ? marks.recent.length : at;
  };
  return replies
    .filter((reply) => reply.kind !== 'faq')
    .map((reply) => ({ reply, score: wanted ? score(reply, wanted) : 1 }))
    .filter((entry) => entry.score > 0)
    .sort((a, b) =>
      b.score - a.score
      || Number(favourite.has(b.reply.replyId)) - Number(favourite.has(a.reply.replyId))
      || recency(a.reply.replyId) - recency(b.reply.replyId)
      || a.reply.title.localeCompare(b.reply.title))
    .slice(0, limit)
    .map((entry) => entry.reply);
}
