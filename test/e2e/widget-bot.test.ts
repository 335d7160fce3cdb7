/** While the channel's bot answers, the widget says who is answering, not that the customer waits for an agent; after the hand-over it does. */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Page } from 'playwright-core';
import type { BotRequest } from '../../functions/protocol';
import { defaultChannelSettings } from '../../functions/protocol/channel-defaults';
import { api, loginAgent } from '../support/clients';
import { ADMIN } from '../support/admin';
import { closeHostWorld, customerSays, launcher, openWidgetWorld, panel, type HostWorld } from './widget-steps';
import { MILA, openPage } from './steps';

let world: Omit<HostWorld, 'site'>;
let bot: Server;
let shop: Page | undefined;

beforeAll(async () => {
  bot = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk) => (body += chunk));
    req.on('end', () => {
      const { messages } = JSON.parse(body) as BotRequest;
      const handoff = messages.at(-1)!.text.includes('person');
      res.writeHead(200, { 'content-type': 'application/json' })
        .end(JSON.stringify({ reply: handoff ? 'I will find you a colleague.' : 'Hello! We open at nine.', name: 'Tulip bot', handoff }));
    });
  });
  await new Promise<void>((resolve) => bot.listen(0, '127.0.0.1', resolve));
  world = await openWidgetWorld();
  const { token } = await loginAgent(world.runtime.url, ADMIN.email, ADMIN.password);
  const settings = { ...defaultChannelSettings(), bot: { url: `http://127.0.0.1:${(bot.address() as AddressInfo).port}/hook`, timeoutMs: 2000 } };
  expect((await api(world.runtime.url, '/api/channels', { token, body: { settings, version: 0 } })).status).toBe(200);
}, 60_000);
afterAll(async () => {
  await shop?.context().close();
  await closeHostWorld(world ?? {});
  bot?.closeAllConnections();
  await new Promise((resolve) => bot?.close(resolve));
});

test('the bot is named as the one answering; once it hands over, the customer waits for an agent', async () => {
  shop = await openPage(world.browser, world.runtime, '/demo/');
  await launcher(shop).click();
  await shop.getByLabel('Name').fill(MILA.name);
  await shop.getByLabel('Email').fill(MILA.email);
  await shop.getByLabel('Your question').fill('When do you open?');
  await shop.getByRole('button', { name: 'Start chat' }).click();

  await panel(shop).getByText('You are chatting with Tulip bot.').waitFor();
  expect(await panel(shop).getByText('Waiting for an agent…').count()).toBe(0);

  await customerSays(shop, 'A person, please');
  await panel(shop).getByText('Waiting for an agent…').waitFor();
  expect(await panel(shop).getByText('You are chatting with Tulip bot.').count()).toBe(0);
});
