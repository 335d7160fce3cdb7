/**
 * A channel's welcome text with a long unbroken word (a URL) wraps inside the panel: the pre-chat
 * form keeps the panel's width, and its fields and Start chat stay in view.
 */
import type { Browser } from 'playwright-core';
import type { ChannelsResponse } from '../../functions/protocol';
import { api, loginAgent, type Client } from '../support/clients';
import { startRuntimeAndBrowser } from '../support/e2e-world';
import type { TestRuntime } from '../support/runtime';
import { ADMIN, openPage } from './steps';
import { launcher, panel, presentAgent } from './widget-steps';

let runtime: TestRuntime;
let browser: Browser;
let anna: Client;

const URL_IN_WELCOME = `https://shop.example/help?topic=${'deliveryandreturns'.repeat(8)}`;

startRuntimeAndBrowser(async (started) => {
  ({ runtime, browser } = started);
  const { token } = await loginAgent(runtime.url, ADMIN.email, ADMIN.password);
  const { body } = await api<ChannelsResponse>(runtime.url, '/api/channels', { method: 'GET', token });
  const { settings, version } = body.channels.find((c) => c.settings.id === 'default')!;
  const look = { ...settings.look, welcome: `Read ${URL_IN_WELCOME} first.` };
  expect((await api(runtime.url, '/api/channels', { token, body: { settings: { ...settings, look }, version } })).status).toBe(200);
  anna = await presentAgent(runtime);
});
afterAll(() => anna?.close());

test('a long URL in the welcome text wraps inside the panel, and the pre-chat form stays in view', async () => {
  const shop = await openPage(browser, runtime, '/demo/');
  await launcher(shop).click();
  const widget = panel(shop);
  const start = widget.getByRole('button', { name: 'Start chat' });
  await start.waitFor();
  await widget.getByText(URL_IN_WELCOME, { exact: false }).waitFor();

  const panelBox = (await widget.boundingBox())!;
  for (const control of [start, widget.getByLabel('Your question')]) {
    const box = (await control.boundingBox())!;
    expect(box.x + box.width).toBeLessThanOrEqual(panelBox.x + panelBox.width);
  }
  await shop.context().close();
}, 60_000);
