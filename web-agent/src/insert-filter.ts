/** What the Insert dialog lists: one kind of reply, narrowed to a folder, favourites or recent uses, and searched. */
import type { RepliesResponse, ReplyKind, ReplyView } from '../../functions/protocol/replies';
import { fold } from './slash-filter';

/** `all`, `favourites`, `recent`, or `folder:<name>`. */
export type Shelf = string;
export const ALL: Shelf = 'all';
export const FAVOURITES: Shelf = 'favourites';
export const RECENT: Shelf = 'recent';
export const folderShelf = (name: string): Shelf => `folder:${name}`;

/** The folders holding replies of this kind, alphabetically. */
export function foldersOf(replies: ReplyView[], kind: ReplyKind): string[] {
  return [...new Set(replies.filter((r) => r.kind === kind).map((r) => r.folder))].sort((a, b) => a.localeCompare(b));
}

/** Every word of the search appears in the title, the text (either language) or the folder's name (case and accents ignored). */
function matches(reply: ReplyView, words: string[]): boolean {
  const haystack = fold(`${reply.title}\n${reply.text}\n${reply.textNl ?? ''}\n${reply.folder}`);
  return words.every((word) => haystack.includes(word));
}

/** The replies to list: recent uses newest first, everything else by folder and title. */
export function shelfItems(data: RepliesResponse, kind: ReplyKind, shelf: Shelf, search: string): ReplyView[] {
  const words = fold(search).split(/\s+/).filter(Boolean);
  const ofKind = data.replies.filter((r) => r.kind === kind && matches(r, words));
  if (shelf === RECENT) {
    const byId = new Map(ofKind.map((r) => [r.replyId, r]));
    return data.recent.flatMap((id) => byId.get(id) ?? []);
  }
  const favourites = new Set(data.favourites);
  const wanted = shelf === FAVOURITES ? ofKind.filter((r) => favourites.has(r.replyId))
    : shelf.startsWith('folder:') ? ofKind.filter((r) => folderShelf(r.folder) === shelf)
    : ofKind;
  return wanted.sort((a, b) => a.folder.localeCompare(b.folder) || a.title.localeCompare(b.title));
}
