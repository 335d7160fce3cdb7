/**
 * An admin limits the default channel to the shop's website in the Channels editor: a mistyped
 * origin is pointed out before saving; then the widget chats on the shop and is refused elsewhere.
 */
import type { ChannelsResponse } from '../../functions/protocol';
import { api, loginAgent } from '../support/clients';
import { askQuestion, launcher, openHostWorld, worldPerFile, type HostWorld } from './widget-steps';
import { ADMIN, MILA, openConsole, openPage, pagesClosedAfterEach } from './steps';

let world: HostWorld;
worldPerFile(openHostWorld, (opened) => (world = opened));
const track = pagesClosedAfterEach();

test('a mistyped origin is pointed out; the shop origin is saved as the only allowed website', async () => {
  const admin = track(await openConsole(world.browser, world.runtime, ADMIN, 'Away'));
  await admin.getByRole('tab', { name: 'Admin' }).click();
  const editor = admin.getByRole('form', { name: 'Channels: Customer service' });
  const origins = editor.getByLabel(/^Pages whose widget may chat on this channel/);

  await origins.fill(`${world.site.origin}/checkout`);
  await editor.getByText(/^Not an origin/).waitFor();
  expect(await origins.evaluate((area: HTMLTextAreaElement) => area.validity.valid)).toBe(false);

  await origins.fill(`${world.site.origin}/`);
  await editor.getByText(/^Empty: the tenant's allowed origins/).waitFor();
  await editor.getByRole('button', { name: 'Save channel' }).click();
  await editor.getByRole('status').getByText('Saved.').waitFor();

  const { token } = await loginAgent(world.runtime.url, ADMIN.email, ADMIN.password);
  const { body } = await api<ChannelsResponse>(world.runtime.url, '/api/channels', { method: 'GET', token });
  expect(body.channels.find((c) => c.settings.id === 'default')?.settings.allowedOrigins).toEqual([world.site.origin]);
});

/** Saves the default channel allowing only `origins`, from whatever version it is at. */
async function allowOnly(origins: string[]): Promise<void> {
  const { token } = await loginAgent(world.runtime.url, ADMIN.email, ADMIN.password);
  const { body } = await api<ChannelsResponse>(world.runtime.url, '/api/channels', { method: 'GET', token });
  const current = body.channels.find((c) => c.settings.id === 'default')!;
  const saved = await api(world.runtime.url, '/api/channels', { token, body: { settings: { ...current.settings, allowedOrigins: origins }, version: current.version } });
  expect(saved.status).toBe(200);
}

test('the widget chats on the allowed shop', async () => {
  await allowOnly([world.site.origin]);
  const shop = track(await world.site.open(world.browser));
  await launcher(shop).click();
  await askQuestion(shop, MILA);
});

test("on a page that is not allowed, the widget's connection is refused at the handshake", async () => {
  await allowOnly([world.site.origin]);
  const demo = track(await openPage(world.browser, world.runtime, '/demo/'));
  const socket = demo.waitForEvent('websocket');
  await launcher(demo).click();
  const refused = await (await socket).waitForEvent('socketerror');
  // Chromium reports a 401 handshake as failed HTTP authentication.
  expect(String(refused)).toMatch(/401|Authentication failed/);
});
