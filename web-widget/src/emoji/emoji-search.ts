/** The picker's emoji list and its search: every word typed must start a word of the emoji's name (or its group's). */

export interface Emoji { char: string; name: string; group: string; words: string[] }

const wordsOf = (text: string) => text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().split(/[^a-z0-9]+/).filter(Boolean);

/** Unpacks the trimmed data (see infra/emoji-data.ts). */
export function unpack(groups: [string, string][]): Emoji[] {
  return groups.flatMap(([group, packed]) =>
    packed.split('|').map((entry) => {
      const space = entry.indexOf(' ');
      const name = entry.slice(space + 1);
      return { char: entry.slice(0, space), name, group, words: [...wordsOf(name), ...wordsOf(group)] };
    }));
}

/** Indexes into `emoji` of those matching `query`, in the data's order; all of them for an empty query. */
export function search(emoji: Emoji[], query: string): number[] {
  const wanted = wordsOf(query);
  const found: number[] = [];
  emoji.forEach((each, index) => {
    if (wanted.every((word) => each.words.some((w) => w.startsWith(word)))) found.push(index);
  });
  return found;
}
