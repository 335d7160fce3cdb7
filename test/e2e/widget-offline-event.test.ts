/**
 * The browser says it is offline before the socket notices (a socket can stay open, silent, for a long
 * time): the widget says "Reconnecting…" at once, and what is typed waits for the connection instead of
 * saying "Sending…" for ever; back online, it is sent once and the banner goes.
 */
import type { Browser } from 'playwright-core';
import type { Client } from '../support/clients';
import type { HostSite } from '../support/host-page';
import { NOOR } from './steps';
import { agentReceives, answerNext, askQuestion, bubbles, customerSays, launcher, panel, worldPerFile, openHostWorld } from './widget-steps';

let browser: Browser;
let site: HostSite;
let anna: Client;

worldPerFile(openHostWorld, (world) => ({ browser, site, anna } = world));

/** Well under the 2.5 s the widget lets a planned reconnect pass unseen (use-shown-offline.ts). */
const PROMPTLY_MS = 1500;

test('offline by the browser\'s word, the widget says so at once and holds what is typed; back online it is sent once', async () => {
  const shop = await site.open(browser);
  await launcher(shop).click();
  await askQuestion(shop, NOOR);
  const chatId = await answerNext(anna);
  await panel(shop).getByRole('textbox', { name: 'Message' }).waitFor();

  // No socket is dropped here: only the browser knows.
  await shop.context().setOffline(true);
  await panel(shop).getByRole('status').getByText('Reconnecting…').waitFor({ timeout: PROMPTLY_MS });
  await customerSays(shop, 'Typed with the network gone');
  await bubbles(shop, 'Typed with the network gone').getByText('Waiting for the connection').waitFor({ timeout: PROMPTLY_MS });

  await shop.context().setOffline(false);
  await agentReceives(anna, chatId, 'Typed with the network gone');
  await panel(shop).getByText('Reconnecting…').waitFor({ state: 'detached' });
  await bubbles(shop, 'Typed with the network gone').getByText('Waiting for the connection', { exact: false }).waitFor({ state: 'detached' });
  expect(await bubbles(shop, 'Typed with the network gone').count()).toBe(1);
  expect(anna.frames.filter((f) => f.type === 'message' && f.message.text === 'Typed with the network gone')).toHaveLength(1);
}, 60_000);
