/**
 * The emoji picker's data, trimmed at build time from `unicode-emoji-json` to what it shows: each
 * group's name and its emoji with their English names. Served as the virtual module
 * `parley:emoji-data`, bundled only into emoji-picker.js.
 */
import type { Plugin } from 'esbuild';
import { readFile } from 'node:fs/promises';

interface SourceGroup { name: string; emojis: { emoji: string; name: string; emoji_version: string }[] }

/** Newer emoji render as empty boxes on many systems still in use, so the picker stops here. */
export const NEWEST_EMOJI_VERSION = 15.0;

/** `[group, "😀 grinning face|😃 grinning face with big eyes|…"]`: an emoji never holds a plain space. */
export function trimEmojiData(groups: SourceGroup[]): [string, string][] {
  return groups.map((group) => [
    group.name,
    group.emojis.filter((e) => Number(e.emoji_version) <= NEWEST_EMOJI_VERSION).map((e) => `${e.emoji} ${e.name}`).join('|'),
  ]);
}

export const emojiDataPlugin: Plugin = {
  name: 'parley-emoji-data',
  setup(build) {
    build.onResolve({ filter: /^parley:emoji-data$/ }, () => ({ path: 'emoji-data', namespace: 'parley-emoji' }));
    build.onLoad({ filter: /.*/, namespace: 'parley-emoji' }, async () => {
      const source = require.resolve('unicode-emoji-json/data-by-group.json');
      const groups = JSON.parse(await readFile(source, 'utf8')) as SourceGroup[];
      return { contents: `export default ${JSON.stringify(trimEmojiData(groups))};`, loader: 'js', watchFiles: [source] };
    });
  },
};
