/**
 * A manager chooses a channel above the Dashboard's figures: they show that channel's customers
 * waiting, longest wait, agents available, active chats and chats answered today, and move when a
 * customer starts a chat on that channel, not on another.
 */
import type { Locator, Page } from 'playwright-core';
import { defaultChannelSettings } from '../../functions/protocol/channel-defaults';
import type { AgentsResponse } from '../../functions/protocol';
import { seriousViolations } from '../support/axe';
import { api, loginAgent } from '../support/clients';
import { ANNA, BRAM } from '../support/runtime';
import { ADMIN, MILA, NOOR, openConsole, pagesClosedAfterEach } from './steps';
import { askQuestion, launcher, openHostWorld, worldPerFile, type HostWorld } from './widget-steps';

let world: HostWorld;
const track = pagesClosedAfterEach();

worldPerFile(openHostWorld, async (opened) => {
  world = opened;
  const { token } = await loginAgent(world.runtime.url, ADMIN.email, ADMIN.password);
  const { body } = await api<AgentsResponse>(world.runtime.url, '/api/admin/agents', { method: 'GET', token });
  const anna = body.agents.find((a) => a.email === ANNA.email)!.id;
  // Sales is Anna's alone; the default channel lists no agents, so every agent serves it.
  const settings = { ...defaultChannelSettings('sales'), name: 'Sales', agents: [{ agentId: anna, canRespond: true, notifications: true, canListenIn: false, manager: false }] };
  expect((await api(world.runtime.url, '/api/channels', { token, body: { settings, version: 0 } })).status).toBe(200);
});

/** A customer on the shop's site whose widget is on `channel`; resolves once the chat is queued. */
async function customerOn(channel: string, customer: typeof MILA) {
  const shop = track(await world.site.open(world.browser, { snippet: { 'data-channel': channel } }));
  await launcher(shop).click();
  await askQuestion(shop, customer);
}

async function managerDashboard(): Promise<Page> {
  const page = track(await openConsole(world.browser, world.runtime, ADMIN, 'Present'));
  await page.getByRole('tab', { name: /^Dashboard/ }).click();
  return page;
}

const figure = (figures: Locator, label: string) => figures.locator('.figure').filter({ has: figures.page().getByText(label, { exact: true }) }).locator('dd');

test('a chosen channel\'s figures change when a customer starts a chat there, and not for another channel', async () => {
  const page = await managerDashboard();
  await page.getByLabel('Figures for').selectOption({ label: 'Sales' });
  const sales = page.getByLabel('Figures: Sales');
  await figure(sales, 'Agents available').filter({ hasText: /^1$/ }).waitFor();
  await figure(sales, 'Customers waiting').filter({ hasText: /^0$/ }).waitFor();

  await customerOn('default', MILA);
  await page.getByRole('table', { name: 'Incoming chats' }).getByRole('row').filter({ hasText: MILA.name }).waitFor();
  expect(await figure(sales, 'Customers waiting').textContent()).toBe('0');
  expect(await figure(sales, 'Longest wait').textContent()).toBe('–');

  await customerOn('sales', NOOR);
  await figure(sales, 'Customers waiting').filter({ hasText: /^1$/ }).waitFor();
  const firstWait = await figure(sales, 'Longest wait').textContent();
  expect(firstWait).toMatch(/^\d\d:\d\d$/);
  // The wait ticks in the browser from the queue time; no new figures are needed for it.
  await figure(sales, 'Longest wait').filter({ hasNotText: firstWait! }).waitFor();

  await page.getByLabel('Figures for').selectOption({ label: 'All channels' });
  const all = page.getByLabel('Figures', { exact: true });
  await figure(all, 'Customers waiting').filter({ hasText: /^2$/ }).waitFor();
  expect(await figure(all, 'Agents available').textContent()).toBe('2');
}, 60_000);

test("an agent's Incoming chats and waiting count hold only the chats of channels they may answer", async () => {
  const bram = track(await openConsole(world.browser, world.runtime, BRAM, 'Present'));
  const anna = track(await openConsole(world.browser, world.runtime, ANNA, 'Present'));
  const lise = { ...MILA, name: 'Lise Smit', question: 'Do you sell sock needles?' };
  const joep = { ...NOOR, name: 'Joep Bos', question: 'Is there a shop in Delft?' };
  await customerOn('sales', lise);
  await customerOn('default', joep);
  for (const page of [anna, bram]) await page.getByRole('tab', { name: /^Dashboard/ }).click();

  const rows = (page: Page) => page.getByRole('table', { name: 'Incoming chats' }).getByRole('row').filter({ hasNot: page.getByRole('columnheader') });
  await rows(anna).filter({ hasText: lise.name }).waitFor();
  await rows(anna).filter({ hasText: joep.name }).waitFor();
  await rows(bram).filter({ hasText: joep.name }).waitFor();
  expect(await rows(bram).filter({ hasText: lise.name }).count()).toBe(0);
  // Each badge counts what that agent's list holds: Sales is not Bram's to answer.
  const [annaRows, bramRows] = [await rows(anna).count(), await rows(bram).count()];
  expect(annaRows).toBeGreaterThan(bramRows);
  await anna.getByRole('tab', { name: `Dashboard, ${annaRows} waiting` }).waitFor();
  await bram.getByRole('tab', { name: `Dashboard, ${bramRows} waiting` }).waitFor();
}, 60_000);

test('an answer on the chosen channel shows in its active chat sessions and chats answered today', async () => {
  const page = await managerDashboard();
  await page.getByLabel('Figures for').selectOption({ label: 'Sales' });
  const sales = page.getByLabel('Figures: Sales');
  await figure(sales, 'Active chat sessions').filter({ hasText: /^0$/ }).waitFor();
  const sem = { ...MILA, name: 'Sem de Boer', question: 'Can I pick up my order in Haarlem?' };
  await customerOn('sales', sem);

  const { entries } = await world.anna.next('queue', (f) => f.entries.some((e) => e.customerName === sem.name));
  world.anna.send({ action: 'queue.claim', chatId: entries.find((e) => e.customerName === sem.name)!.chatId });
  await figure(sales, 'Active chat sessions').filter({ hasText: /^1$/ }).waitFor();
  expect(await figure(sales, 'Chats answered today').textContent()).toBe('1');
}, 60_000);

test('a channel created while the console is open can be chosen once the Dashboard is shown again, and saving its agents moves its figures at once', async () => {
  const page = await managerDashboard();
  await page.getByLabel('Figures for').locator('option', { hasText: 'Sales' }).waitFor({ state: 'attached' });
  const { token } = await loginAgent(world.runtime.url, ADMIN.email, ADMIN.password);
  const { body } = await api<AgentsResponse>(world.runtime.url, '/api/admin/agents', { method: 'GET', token });
  const annaServes = { agentId: body.agents.find((a) => a.email === ANNA.email)!.id, canRespond: true, notifications: true, canListenIn: false, manager: false };
  // Its own id and name on each attempt, should the test be run again in the same runtime.
  const id = `returns-${Date.now().toString(36)}`;
  const returns = { ...defaultChannelSettings(id), name: `Returns ${id}`, agents: [annaServes] };
  expect((await api(world.runtime.url, '/api/channels', { token, body: { settings: returns, version: 0 } })).status).toBe(200);

  await page.getByRole('tab', { name: /^Chats/ }).click();
  await page.getByRole('tab', { name: /^Dashboard/ }).click();
  await page.getByLabel('Figures for').selectOption({ label: returns.name });
  const figures = page.getByLabel(`Figures: ${returns.name}`);
  await figure(figures, 'Agents available').filter({ hasText: /^1$/ }).waitFor();

  // A channel that lists no agents is served by every agent: the admin, Present, counts too.
  expect((await api(world.runtime.url, '/api/channels', { token, body: { settings: { ...returns, agents: [] }, version: 1 } })).status).toBe(200);
  await figure(figures, 'Agents available').filter({ hasText: /^2$/ }).waitFor();
}, 60_000);

test('the chosen channel is still chosen after a reload', async () => {
  const page = await managerDashboard();
  await page.getByLabel('Figures for').selectOption({ label: 'Sales' });
  await page.getByLabel('Figures: Sales').waitFor();
  await page.reload();
  await page.getByRole('tab', { name: /^Dashboard/ }).click();
  await page.getByLabel('Figures: Sales').waitFor();
  expect(await page.getByLabel('Figures for').inputValue()).toBe('sales');
});

test('the Dashboard with its channel choice has no serious accessibility findings', async () => {
  const page = await managerDashboard();
  await page.getByLabel('Figures for').selectOption({ label: 'Sales' });
  await page.getByLabel('Figures: Sales').waitFor();
  expect(await seriousViolations(page)).toEqual([]);
});

test('an agent who is not a manager sees all channels\' figures, without a channel choice', async () => {
  const page = track(await openConsole(world.browser, world.runtime, ANNA, 'Away'));
  await page.getByRole('tab', { name: /^Dashboard/ }).click();
  await page.getByLabel('Figures', { exact: true }).waitFor();
  expect(await page.getByLabel('Figures for').count()).toBe(0);
});

test("the Dashboard's lists name each chat's channel as the admin named it, for every agent", async () => {
  const anna = track(await openConsole(world.browser, world.runtime, ANNA, 'Present'));
  await anna.getByRole('tab', { name: /^Dashboard/ }).click();
  const lotte = { ...MILA, name: 'Lotte Smit', question: 'Do you ship to Belgium?' };
  const joost = { ...MILA, name: 'Joost Prins', question: 'Is the sale still on?' };
  await customerOn('default', lotte);
  await customerOn('sales', joost);
  const incoming = anna.getByRole('table', { name: 'Incoming chats' });
  await incoming.getByRole('row').filter({ hasText: lotte.name }).filter({ hasText: defaultChannelSettings().name }).waitFor();
  await incoming.getByRole('row').filter({ hasText: joost.name }).filter({ hasText: /Sales/ }).waitFor();
}, 60_000);
