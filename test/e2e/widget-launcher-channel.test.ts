/**
 * The launcher speaks and looks like its channel before the panel loads: a Dutch channel's launcher
 * says "Chat met ons" in an English browser (as its panel then speaks Dutch), unless the snippet
 * sets a language; a serif channel's launcher is set in the serif font the panel uses.
 */
import { defaultChannelSettings } from '../../functions/protocol/channel-defaults';
import { api, loginAgent } from '../support/clients';
import { ADMIN, NOOR, pagesClosedAfterEach } from './steps';
import { askQuestionInDutch, openHostWorld, worldPerFile, type HostWorld } from './widget-steps';

let world: HostWorld;
const track = pagesClosedAfterEach();

worldPerFile(openHostWorld, async (opened) => {
  world = opened;
  const { token } = await loginAgent(world.runtime.url, ADMIN.email, ADMIN.password);
  const dutch = { ...defaultChannelSettings('verkoop'), name: 'Verkoop', language: 'nl' as const, launcherText: '', look: { ...defaultChannelSettings().look, font: 'serif' as const } };
  expect((await api(world.runtime.url, '/api/channels', { token, body: { settings: dutch, version: 0 } })).status).toBe(200);
});

test("a Dutch channel's launcher speaks Dutch in an English browser, in the channel's font", async () => {
  const shop = track(await world.site.open(world.browser, { snippet: { 'data-channel': 'verkoop' } }));
  const launcher = shop.getByRole('button', { name: 'Chat met ons' });
  await launcher.waitFor();
  expect(await launcher.evaluate((el) => getComputedStyle(el).fontFamily)).toMatch(/^Georgia/);
  // Screen readers read it in Dutch too.
  expect(await launcher.evaluate((el) => el.closest('[lang]')?.getAttribute('lang'))).toBe('nl');
  await launcher.click();
  await shop.getByRole('button', { name: 'Chat starten' }).waitFor();
});

test("the snippet's own language wins over the channel's", async () => {
  const shop = track(await world.site.open(world.browser, { snippet: { 'data-channel': 'verkoop', 'data-lang': 'en' } }));
  await shop.getByRole('button', { name: 'Chat with us' }).waitFor();
  await shop.waitForLoadState('networkidle');
  expect(await shop.getByRole('button', { name: 'Chat met ons' }).count()).toBe(0);
});

test("a Dutch channel's chat is started in Dutch, and its panel is marked as Dutch for screen readers", async () => {
  const shop = track(await world.site.open(world.browser, { snippet: { 'data-channel': 'verkoop' } }));
  const languages: string[] = [];
  shop.on('websocket', (socket) => socket.on('framesent', ({ payload }) => {
    const frame = JSON.parse(String(payload)) as { action?: string; language?: string };
    if (frame.action === 'chat.start') languages.push(String(frame.language));
  }));
  await askQuestionInDutch(shop, NOOR);
  expect(languages).toEqual(['nl']);
  expect(await shop.getByRole('button', { name: 'Chat beëindigen' }).evaluate((el) => el.closest('[lang]')?.getAttribute('lang'))).toBe('nl');
});
