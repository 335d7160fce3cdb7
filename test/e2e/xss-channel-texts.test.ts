/**
 * Channel texts are text: one channel per XSS payload, its name, launcher text, header, welcome,
 * queue message, offline and post-chat texts all set to it (or, where a field is shorter, to a
 * payload that fits). The widget on a shop's page, and the console's Dashboard channel choice and
 * Channels editor with its live preview, show each as text: no dialog opens, no payload runs, no
 * element from a payload appears.
 */
import type { Locator } from 'playwright-core';
import type { ChannelSettings, StoredChannel } from '../../functions/protocol';
import { defaultChannelSettings } from '../../functions/protocol/channel-defaults';
import { ADMIN } from '../support/admin';
import { api, loginAgent } from '../support/clients';
import { XSS_PAYLOADS } from '../support/security/xss-payloads';
import { openWatched, QUIET } from '../support/security/xss-watch';
import { setStatus } from './steps';
import { askQuestion, openHostWorld, worldPerFile, type HostWorld } from './widget-steps';

let world: HostWorld;

worldPerFile(openHostWorld, async (opened) => {
  world = opened;
  const { token } = await loginAgent(world.runtime.url, ADMIN.email, ADMIN.password);
  for (const settings of CHANNELS) {
    const saved = await api<StoredChannel>(world.runtime.url, '/api/channels', { token, body: { settings, version: 0 } });
    expect(saved.status).toBe(200);
  }
});

/** Payload `i`, or for a field too short for it, one of the payloads that fit. */
function fitting(i: number, max: number): string {
  const short = XSS_PAYLOADS.filter((payload) => payload.length <= max);
  return XSS_PAYLOADS[i].length <= max ? XSS_PAYLOADS[i] : short[i % short.length];
}

const CHANNELS: ChannelSettings[] = XSS_PAYLOADS.map((payload, i) => {
  const base = defaultChannelSettings(`xss-${i}`);
  return {
    ...base,
    name: payload,
    launcherText: fitting(i, 40),
    look: { ...base.look, header: fitting(i, 60), welcome: payload, queueMessage: `${payload} ({position}, {wait})` },
    offlineForm: { ...base.offlineForm, text: payload },
    postChatForm: { ...base.postChatForm, text: payload },
  };
});

/** A shop's tab, watched from its first script on; each channel's page is opened in it in turn. */
async function openShop() {
  const shop = await openWatched(world.browser, 'about:blank');
  /** Opens the channel's widget on the shop's page from its launcher; the panel, named by its header. */
  const visit = async (channel: ChannelSettings) => {
    await shop.page.goto(world.site.serve({ snippet: { 'data-channel': channel.id } }));
    await shop.page.getByRole('button', { name: channel.launcherText, exact: true }).click();
    return shop.page.getByRole('region', { name: channel.look.header, exact: true });
  };
  return { ...shop, visit };
}

/** The element of `within` holding exactly this text, as this tag: the same payload may be the header too. */
const textIn = (within: Locator, tag: string, text: string) => within.getByText(text, { exact: true }).and(within.locator(tag));

test('the widget shows each channel\'s launcher, header, welcome, queue message and post-chat text as text', async () => {
  const { anna } = world;
  const answered = new Set<string>();
  const { page, findings, visit } = await openShop();
  for (const channel of CHANNELS) {
    const panel = await visit(channel);
    await textIn(panel, 'p', channel.look.welcome).waitFor();
    await askQuestion(page, { name: 'Eve', email: 'eve@example.com', question: 'Is this text?' });
    await panel.getByText(channel.look.queueMessage.replace('{position}', '1').replace('{wait})', '')).waitFor();
    const { entries } = await anna.next('queue', (f) => f.entries.some((e) => !answered.has(e.chatId)));
    const chatId = entries.find((e) => !answered.has(e.chatId))!.chatId;
    answered.add(chatId);
    anna.send({ action: 'queue.claim', chatId });
    await anna.next('chat', (f) => f.chat.chatId === chatId && f.chat.status === 'active');
    anna.send({ action: 'chat.end', chatId });
    await textIn(panel, 'p', channel.postChatForm.text).waitFor();
    expect(await findings()).toEqual(QUIET);
  }
  await page.context().close();
}, 120_000);

test('the widget of a channel nobody answers shows its offline form text as text', async () => {
  world.anna.send({ action: 'presence.set', status: 'away' });
  await world.anna.next('presence', (f) => f.status === 'away');
  const { page, findings, visit } = await openShop();
  for (const channel of CHANNELS) {
    const panel = await visit(channel);
    await textIn(panel, 'p', channel.offlineForm.text).waitFor();
    expect(await findings()).toEqual(QUIET);
  }
  await page.context().close();
}, 120_000);

test('the console\'s channel choice on the Dashboard, its Channels editor and the live preview show each channel\'s texts as text', async () => {
  const { page, findings } = await openWatched(world.browser, world.runtime.url + '/agent/');
  await page.getByLabel('Email').fill(ADMIN.email);
  await page.getByLabel('Password').fill(ADMIN.password);
  await page.getByRole('button', { name: 'Log in' }).click();
  await setStatus(page, 'Away');
  await page.getByRole('tab', { name: /Dashboard/ }).click();
  const choice = page.getByLabel('Figures for');
  await choice.locator('option', { hasText: CHANNELS.at(-1)!.name }).waitFor({ state: 'attached' });
  expect(await choice.locator('option').allTextContents()).toEqual(expect.arrayContaining(CHANNELS.map((channel) => channel.name)));
  await page.getByRole('tab', { name: 'Admin' }).click();
  for (const channel of CHANNELS) {
    await page.getByRole('navigation', { name: 'Channels' }).getByRole('button', { name: channel.name, exact: true }).click();
    const editor = page.getByRole('form', { name: `Channels: ${channel.name}`, exact: true });
    expect(await editor.getByRole('textbox', { name: 'Name', exact: true }).inputValue()).toBe(channel.name);
    expect(await editor.getByLabel('Launcher text').inputValue()).toBe(channel.launcherText);
    const preview = page.getByTestId('widget-preview');
    await textIn(preview, 'strong', channel.look.header).waitFor();
    await textIn(preview, 'p', channel.look.welcome).waitFor();
    await preview.getByText(channel.look.queueMessage.replace('{position}', '2').replace('{wait})', '')).waitFor();
    await page.locator('.preview-launcher').getByText(channel.launcherText, { exact: true }).waitFor();
  }

  expect(await findings()).toEqual(QUIET);
});
