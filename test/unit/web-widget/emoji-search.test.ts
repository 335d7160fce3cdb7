import { search, unpack } from '../../../web-widget/src/emoji/emoji-search';
import { trimEmojiData } from '../../../infra/emoji-data';
import groups from 'unicode-emoji-json/data-by-group.json';

const emoji = unpack([
  ['Smileys & Emotion', '😀 grinning face|❤️ red heart|😶‍🌫️ face in clouds'],
  ['People & Body', '👍 thumbs up|👎 thumbs down'],
  ['Flags', '🇨🇮 flag: Côte d’Ivoire'],
]);
const chars = (indexes: number[]) => indexes.map((i) => emoji[i].char);

describe('unpack', () => {
  it('splits each entry into the emoji (whole, even a sequence) and its name', () => {
    expect(emoji[2]).toMatchObject({ char: '😶‍🌫️', name: 'face in clouds', group: 'Smileys & Emotion' });
  });
});

describe('search', () => {
  it('needs every word to start a word of the name', () => {
    expect(chars(search(emoji, 'thumbs up'))).toEqual(['👍']);
    expect(chars(search(emoji, 'thu'))).toEqual(['👍', '👎']);
  });

  it('finds by the group name too, and ignores accents and case', () => {
    expect(chars(search(emoji, 'people'))).toEqual(['👍', '👎']);
    expect(chars(search(emoji, 'COTE'))).toEqual(['🇨🇮']);
  });

  it('lists everything for an empty search', () => {
    expect(search(emoji, '  ')).toHaveLength(emoji.length);
  });
});

describe('trimEmojiData', () => {
  it('keeps every group, and each emoji with its name, up to the newest supported version', () => {
    const trimmed = trimEmojiData(groups);
    expect(trimmed.map(([name]) => name)).toEqual(groups.map((g) => g.name));
    const all = unpack(trimmed);
    expect(all.find((e) => e.name === 'grinning face')?.char).toBe('😀');
    expect(all.length).toBeGreaterThan(1800);
    expect(all.every((e) => e.char && !e.char.includes(' '))).toBe(true);
  });
});
