/**
 * The channel editor refuses what would make channels or their agents ambiguous, in words about the
 * field, with the cursor put there, and saves nothing: a new channel with the default channel's id
 * (on a tenant that never saved that channel), a name another channel has. An agent deactivated
 * after being listed is named and marked, so the admin can remove them.
 */
import type { Browser, Page } from 'playwright-core';
import type { ChannelsResponse } from '../../functions/protocol';
import { defaultChannelSettings } from '../../functions/protocol/channel-defaults';
import { asAdmin } from '../support/admin';
import { api, loginAgent } from '../support/clients';
import { startRuntimeAndBrowser } from '../support/e2e-world';
import type { TestRuntime } from '../support/runtime';
import { ADMIN, openConsole, pagesClosedAfterEach } from './steps';

let runtime: TestRuntime;
let browser: Browser;

startRuntimeAndBrowser((started) => ({ runtime, browser } = started));
const track = pagesClosedAfterEach();

async function channelsTab(): Promise<Page> {
  const page = track(await openConsole(browser, runtime, ADMIN, 'Away'));
  await page.getByRole('tab', { name: 'Admin' }).click();
  await page.getByRole('form', { name: 'Channels: Customer service' }).waitFor();
  return page;
}

async function storedChannels() {
  const { token } = await loginAgent(runtime.url, ADMIN.email, ADMIN.password);
  return (await api<ChannelsResponse>(runtime.url, '/api/channels', { method: 'GET', token })).body.channels;
}

/** Fills in New channel and saves it; the editor, whose name follows the name typed. */
async function newChannel(page: Page, id: string, name: string) {
  await page.getByRole('button', { name: 'New channel' }).click();
  const editor = page.locator('form').filter({ has: page.getByRole('button', { name: 'Save channel' }) });
  await editor.getByLabel('Channel id (in the snippet)').fill(id);
  await editor.getByLabel('Name', { exact: true }).first().fill(name);
  await editor.getByRole('button', { name: 'Save channel' }).click();
  return editor;
}

const focused = (page: Page) => page.evaluate(() => document.activeElement?.closest('label')?.firstChild?.textContent);

test("a new channel with the default channel's id is refused though that channel was never saved; it keeps its name", async () => {
  const admin = await channelsTab();
  const editor = await newChannel(admin, 'default', 'QA Shop');
  await editor.getByRole('status').getByText('A channel with the id “default” already exists. Choose another id.').waitFor();
  expect(await focused(admin)).toBe('Channel id (in the snippet)');
  expect((await storedChannels()).map((c) => [c.settings.id, c.settings.name, c.version])).toEqual([['default', 'Customer service', 0]]);
});

test('a new channel named like another is refused on its Name; nothing is saved', async () => {
  const admin = await channelsTab();
  const editor = await newChannel(admin, 'service-2', ' customer SERVICE');
  await editor.getByRole('status').getByText('Another channel already has this name. Choose another, so agents can tell the channels apart.').waitFor();
  expect(await focused(admin)).toBe('Name');
  expect((await storedChannels()).map((c) => c.settings.id)).toEqual(['default']);
});

test('a listed agent deactivated meanwhile is named and marked, can be removed, and the channel then saves', async () => {
  const agents = await asAdmin(runtime.url);
  const eli = (await agents.create({ name: 'Eli Jansen', email: 'eli@parley.test', role: 'agent', credential: { kind: 'password', password: 'eli-password-1' } })).body.agent;
  const { token } = await loginAgent(runtime.url, ADMIN.email, ADMIN.password);
  const desk = { ...defaultChannelSettings('eli-desk'), name: 'Eli desk', agents: [{ agentId: eli.id, canRespond: true, notifications: true, canListenIn: false, manager: false }] };
  expect((await api(runtime.url, '/api/channels', { token, body: { settings: desk, version: 0 } })).status).toBe(200);

  const admin = await channelsTab();
  await admin.getByRole('navigation', { name: 'Channels' }).getByRole('button', { name: 'Eli desk' }).click();
  const editor = admin.getByRole('form', { name: 'Channels: Eli desk' });
  await editor.getByRole('rowheader', { name: 'Eli Jansen', exact: true }).waitFor();

  // Deactivated from the Agents list on the same page: the channel's row follows at once.
  await admin.getByRole('table', { name: 'Agents' }).getByRole('button', { name: 'Deactivate Eli Jansen' }).click();
  await admin.getByRole('dialog', { name: 'Deactivate Eli Jansen' }).getByRole('button', { name: 'Deactivate' }).click();
  await editor.getByRole('rowheader', { name: 'Eli Jansen (deactivated)' }).waitFor();
  expect(await editor.getByLabel('Add an agent to this channel').locator('option').allTextContents()).not.toContain('Eli Jansen');

  await editor.getByRole('button', { name: 'Remove Eli Jansen (deactivated)' }).click();
  await editor.getByRole('button', { name: 'Save channel' }).click();
  await editor.getByRole('status').getByText('Saved.').waitFor();
  expect((await storedChannels()).find((c) => c.settings.id === 'eli-desk')?.settings.agents).toEqual([]);
});

test('a lunch break outside the opening hours is refused with the cursor in its times; the time zone offers the known zones', async () => {
  const page = await channelsTab();
  const editor = page.getByRole('form', { name: 'Channels: Customer service' });
  await editor.getByRole('checkbox', { name: 'Only open during these hours' }).check();
  expect(await editor.locator('datalist#time-zones option[value="Europe/Amsterdam"]').count()).toBe(1);
  await editor.getByRole('checkbox', { name: 'Lunch break' }).check();
  const lunchFrom = editor.getByLabel('Lunch break from');
  await lunchFrom.fill('20:00');
  await editor.getByLabel('Lunch break until').fill('21:00');
  await editor.getByRole('button', { name: 'Save channel' }).click();

  await editor.getByRole('status').getByText(/^Check “Lunch break”: must fall within the opening hours of an open day/).waitFor();
  expect(await lunchFrom.evaluate((field) => field === document.activeElement)).toBe(true);
});
