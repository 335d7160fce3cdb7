/**
 * A channel's welcome text with a long unbroken word (a URL) wraps inside the panel: the pre-chat
 * form keeps the panel's width, and its fields and Start chat stay in view.
 */
import type { Browser } from 'playwright-core';
import type { Client } from '../support/clients';
import { changeDefaultChannel } from '../support/admin';
import { startRuntimeAndBrowser } from '../support/e2e-world';
import type { TestRuntime } from '../support/runtime';
import { openPage } from './steps';
import { launcher, panel, presentAgent } from './widget-steps';

let runtime: TestRuntime;
let browser: Browser;
let anna: Client;

const URL_IN_WELCOME = `https://shop.example/help?topic=${'deliveryandreturns'.repeat(8)}`;

startRuntimeAndBrowser(async (started) => {
  ({ runtime, browser } = started);
  await changeDefaultChannel(runtime.url, (settings) => ({ ...settings, look: { ...settings.look, welcome: `Read ${URL_IN_WELCOME} first.` } }));
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
