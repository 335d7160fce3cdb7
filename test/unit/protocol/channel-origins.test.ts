/** A channel's allowed websites: each an origin, stored in one form however it was typed. */
import * as v from 'valibot';
import { ChannelSettings } from '../../../functions/protocol/channels';
import { defaultChannelSettings } from '../../../functions/protocol/channel-defaults';

const parse = (allowedOrigins: unknown) => v.safeParse(ChannelSettings, { ...defaultChannelSettings(), allowedOrigins });

test('an origin is stored lowercase, without a trailing slash or spaces', () => {
  const parsed = parse([' HTTPS://Shop.Example/ ', 'http://localhost:3000']);
  expect(parsed.success && parsed.output.allowedOrigins).toEqual(['https://shop.example', 'http://localhost:3000']);
});

test.each([
  ['a path', 'https://shop.example/checkout'],
  ['no scheme', 'shop.example'],
  ['another scheme', 'ftp://shop.example'],
  ['a query', 'https://shop.example?x=1'],
])('an entry with %s is refused with the expected form named', (_what, origin) => {
  const parsed = parse([origin]);
  expect(parsed.success).toBe(false);
  expect(parsed.issues?.[0].message).toMatch(/scheme:\/\/host\[:port\]/);
});

test('the same origin twice (after normalising) is refused', () => {
  expect(parse(['https://shop.example', 'https://SHOP.example/']).success).toBe(false);
});

test('settings saved before the field existed are still valid', () => {
  expect(v.safeParse(ChannelSettings, defaultChannelSettings()).success).toBe(true);
});
