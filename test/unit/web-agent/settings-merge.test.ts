import { mergeEdits } from '../../../web-agent/src/channels/settings-merge';
import { defaultChannelSettings } from '../../../functions/protocol/channel-defaults';

const base = defaultChannelSettings('shop');

test("the admin's edits go over the other admin's save, and the other admin's edits stay", () => {
  const edited = { ...base, launcherText: 'Ask us', look: { ...base.look, header: 'Mine' } };
  const current = { ...base, look: { ...base.look, welcome: 'Theirs' } };
  expect(mergeEdits(base, edited, current)).toEqual({ settings: { ...base, launcherText: 'Ask us', look: { ...base.look, header: 'Mine', welcome: 'Theirs' } }, clashes: [] });
});

test('a setting both changed differently keeps the admin\'s value and is named; the same change is no clash', () => {
  const edited = { ...base, look: { ...base.look, header: 'Mine' }, launcherText: 'Same' };
  const current = { ...base, look: { ...base.look, header: 'Theirs' }, launcherText: 'Same' };
  const merged = mergeEdits(base, edited, current);
  expect(merged.settings.look.header).toBe('Mine');
  expect(merged.clashes).toEqual(['look.header']);
});

test("a list is one setting: the admin's list replaces theirs whole", () => {
  const edited = { ...base, allowedOrigins: ['https://shop.example'] };
  const current = { ...base, allowedOrigins: ['https://other.example'] };
  expect(mergeEdits({ ...base, allowedOrigins: [] }, edited, current)).toEqual({ settings: edited, clashes: ['allowedOrigins'] });
});

test('an optional setting the admin removed is removed, one they left is kept as the other admin set it', () => {
  const withBot = { ...base, bot: { url: 'https://bot.example', timeoutMs: 2000 } };
  const { bot: _bot, ...withoutBot } = withBot;
  expect(mergeEdits(withBot, withoutBot, { ...withBot, name: 'Renamed' }).settings).toEqual({ ...withoutBot, name: 'Renamed' });
  expect(mergeEdits(base, base, withBot).settings).toEqual(withBot);
});
