/**
 * An admin edits a channel in the Admin tab, with the preview following each change; on save the
 * widget on the shop page shows the channel's launcher text, colour, header, welcome and language.
 */
import type { Browser, Page } from 'playwright-core';
import type { TestRuntime } from '../support/runtime';
import { openWidgetWorld, worldPerFile } from './widget-steps';
import { ADMIN, openConsole, openPage, pagesClosedAfterEach } from './steps';
import { api, loginAgent } from '../support/clients';
import { defaultChannelSettings } from '../../functions/protocol/channel-defaults';

let runtime: TestRuntime;
let browser: Browser;

// Anna is Present in this world, so the shop's widget opens on the pre-chat form.
worldPerFile(openWidgetWorld, (world) => ({ runtime, browser } = world));
const track = pagesClosedAfterEach();

test('editing the default channel changes the widget on the shop page', async () => {
  const admin = track(await openConsole(browser, runtime, ADMIN, 'Away'));
  await admin.getByRole('tab', { name: 'Admin' }).click();
  const editor = admin.getByRole('form', { name: 'Channels: Customer service' });
  await editor.waitFor();

  await editor.getByLabel('Launcher text').fill('Vraag het Tulip & Thread');
  await editor.getByLabel('Header').fill('Tulip & Thread helpt');
  await editor.getByLabel('Welcome message').fill('Welkom! Stel gerust je vraag over garen of bollen.');
  await editor.getByLabel('Widget language').selectOption('nl');
  await editor.getByLabel('Colour').fill('#aa3300');
  const preview = admin.getByTestId('widget-preview');
  await preview.getByText('Tulip & Thread helpt').waitFor();
  // The queue message is left empty: the preview shows the widget's own, in the channel's language.
  await preview.getByText('Je bent nummer 2 in de wachtrij. Verwachte wachttijd: 2 minuten.').waitFor();
  await admin.getByText('Vraag het Tulip & Thread').waitFor();

  await editor.getByRole('button', { name: 'Save channel' }).click();
  await editor.getByRole('status').getByText('Saved.').waitFor();

  const shop = track(await openPage(browser, runtime, '/demo/'));
  const launcher = shop.getByRole('button', { name: 'Vraag het Tulip & Thread' });
  await launcher.waitFor();
  expect(await launcher.evaluate((el) => getComputedStyle(el).backgroundColor)).toBe('rgb(170, 51, 0)');

  await launcher.click();
  const panel = shop.getByRole('region', { name: 'Tulip & Thread helpt' });
  await panel.getByText('Welkom! Stel gerust je vraag over garen of bollen.').waitFor();
  // The channel speaks Dutch, so the pre-chat form does too.
  await panel.getByRole('button', { name: 'Chat starten' }).waitFor();
  expect(await panel.getByRole('heading', { name: 'Tulip & Thread helpt' }).evaluate((el) => getComputedStyle(el.parentElement!).backgroundColor)).toBe('rgb(170, 51, 0)');
});

test("a change saved by someone else meanwhile is refused; Reload lays the admin's own edits over it and names the setting both changed", async () => {
  const first = track(await openConsole(browser, runtime, ADMIN, 'Away'));
  const second = track(await openConsole(browser, runtime, ADMIN, 'Away'));
  for (const page of [first, second]) await page.getByRole('tab', { name: 'Admin' }).click();
  const editorOf = (page: Page) => page.getByRole('form', { name: 'Channels: Customer service' });

  await editorOf(first).getByLabel('Header').fill('Help from the first admin');
  await editorOf(first).getByLabel('Queue message').fill('You are number {position}.');
  await editorOf(first).getByRole('button', { name: 'Save channel' }).click();
  await editorOf(first).getByText('Saved.').waitFor();

  await editorOf(second).getByLabel('Launcher text').fill('Second admin');
  await editorOf(second).getByLabel('Header').fill('Help from the second admin');
  await editorOf(second).getByRole('button', { name: 'Save channel' }).click();
  await editorOf(second).getByText('Someone else changed this channel meanwhile').waitFor();
  await editorOf(second).getByRole('button', { name: 'Reload' }).click();

  const editor = editorOf(second);
  await editor.getByText('Someone else saved this channel meanwhile: your unsaved changes are laid over their version; you both changed Header, and yours is shown. Check, then save.').waitFor();
  expect(await editor.getByLabel('Launcher text').inputValue()).toBe('Second admin');
  expect(await editor.getByLabel('Header').inputValue()).toBe('Help from the second admin');
  expect(await editor.getByLabel('Queue message').inputValue()).toBe('You are number {position}.');
  await editor.getByRole('button', { name: 'Save channel' }).click();
  await editor.getByText('Saved.').waitFor();
});

test('unsaved edits outlive a look at another tab, and say they are back', async () => {
  const admin = track(await openConsole(browser, runtime, ADMIN, 'Away'));
  await admin.getByRole('tab', { name: 'Admin' }).click();
  const editor = admin.getByRole('form', { name: 'Channels: Customer service' });
  const before = await editor.getByLabel('Welcome message').inputValue();
  await editor.getByLabel('Welcome message').fill('Not saved yet');

  await admin.getByRole('tab', { name: /^Dashboard/ }).click();
  await admin.getByRole('tab', { name: 'Admin' }).click();
  await editor.getByText('Your unsaved changes to this channel are back. Save to keep them.').waitFor();
  expect(await editor.getByLabel('Welcome message').inputValue()).toBe('Not saved yet');

  // Typed back as it was, nothing is left unsaved.
  await editor.getByLabel('Welcome message').fill(before);
  await admin.getByRole('tab', { name: /^Dashboard/ }).click();
  await admin.getByRole('tab', { name: 'Admin' }).click();
  await editor.getByLabel('Welcome message').waitFor();
  expect(await editor.getByText(/unsaved changes/).count()).toBe(0);
});

test('closed days are typed one per line and saved as the dates typed', async () => {
  const admin = track(await openConsole(browser, runtime, ADMIN, 'Away'));
  await admin.getByRole('tab', { name: 'Admin' }).click();
  const editor = admin.getByRole('form', { name: 'Channels: Customer service' });
  const days = editor.getByLabel('Closed days (YYYY-MM-DD, one per line)');
  await days.click();
  await days.press('Control+End');
  await admin.keyboard.type('2026-12-25');
  await admin.keyboard.press('Enter');
  await admin.keyboard.type('2026-12-26');
  expect((await days.inputValue()).split('\n').slice(-2)).toEqual(['2026-12-25', '2026-12-26']);

  await editor.getByRole('button', { name: 'Save channel' }).click();
  await editor.getByRole('status').getByText('Saved.').waitFor();
  await admin.reload();
  await admin.getByRole('tab', { name: 'Admin' }).click();
  const saved = admin.getByRole('form', { name: 'Channels: Customer service' }).getByLabel('Closed days (YYYY-MM-DD, one per line)');
  expect((await saved.inputValue()).split('\n').slice(-2)).toEqual(['2026-12-25', '2026-12-26']);
});

test("a new channel with a taken id is refused in words about the id, not someone else's change", async () => {
  const { token } = await loginAgent(runtime.url, ADMIN.email, ADMIN.password);
  const taken = { ...defaultChannelSettings('returns'), name: 'Returns' };
  expect((await api(runtime.url, '/api/channels', { token, body: { settings: taken, version: 0 } })).status).toBe(200);
  const admin = track(await openConsole(browser, runtime, ADMIN, 'Away'));
  await admin.getByRole('tab', { name: 'Admin' }).click();
  await admin.getByRole('button', { name: 'New channel' }).click();
  const editor = admin.locator('form').filter({ has: admin.getByRole('button', { name: 'Save channel' }) });
  await editor.getByLabel('Channel id (in the snippet)').fill('returns');
  await editor.getByLabel('Name', { exact: true }).first().fill('Returns, again');
  await editor.getByRole('button', { name: 'Save channel' }).click();
  await editor.getByText('A channel with the id “returns” already exists. Choose another id.').waitFor();
  expect(await editor.getByRole('button', { name: 'Reload' }).count()).toBe(0);
});

test('a channel created is listed in its place by name and says it was saved; a saved channel keeps its place', async () => {
  const admin = track(await openConsole(browser, runtime, ADMIN, 'Away'));
  await admin.getByRole('tab', { name: 'Admin' }).click();
  await admin.getByRole('button', { name: 'New channel' }).click();
  const editor = admin.locator('form').filter({ has: admin.getByRole('button', { name: 'Save channel' }) });
  await editor.getByLabel('Channel id (in the snippet)').fill('billing');
  await editor.getByLabel('Name', { exact: true }).first().fill('Billing');
  await editor.getByRole('button', { name: 'Save channel' }).click();
  await editor.getByRole('status').getByText('Saved.').waitFor();

  const listed = () => admin.getByRole('navigation', { name: 'Channels' }).getByRole('listitem').allTextContents();
  const names = await listed();
  expect(names[0]).toBe('Customer service');
  expect(names.slice(1)).toEqual([...names.slice(1)].sort((a, b) => a.localeCompare(b)));
  expect(names).toContain('Billing');

  await admin.getByRole('navigation', { name: 'Channels' }).getByRole('button', { name: 'Customer service' }).click();
  await admin.getByRole('form', { name: 'Channels: Customer service' }).getByRole('button', { name: 'Save channel' }).click();
  await admin.getByRole('form', { name: 'Channels: Customer service' }).getByRole('status').getByText('Saved.').waitFor();
  expect((await listed())[0]).toBe('Customer service');
});

test("the preview shows a channel's logo from its https address: the console's policy lets it load", async () => {
  const admin = track(await openConsole(browser, runtime, ADMIN, 'Away'));
  await admin.evaluate(() => {
    const w = window as unknown as { blocked: string[] };
    w.blocked = [];
    document.addEventListener('securitypolicyviolation', (e) => w.blocked.push(`${e.violatedDirective} ${e.blockedURI}`), true);
  });
  await admin.getByRole('tab', { name: 'Admin' }).click();
  const editor = admin.getByRole('form', { name: 'Channels: Customer service' });
  await editor.getByLabel('Logo (https URL)').fill('https://cdn.example/logo.png');
  await admin.getByTestId('widget-preview').locator('img[src="https://cdn.example/logo.png"]').waitFor();
  // The image itself cannot load here (no internet); a blocked one would be reported at once.
  await admin.waitForFunction(() => (document.querySelector('[data-testid=widget-preview] img') as HTMLImageElement | null)?.complete);
  expect(await admin.evaluate(() => (window as unknown as { blocked: string[] }).blocked)).toEqual([]);
});

test('the preview puts the agent photo in the header beside the logo, where the widget shows it', async () => {
  const admin = track(await openConsole(browser, runtime, ADMIN, 'Away'));
  await admin.getByRole('tab', { name: 'Admin' }).click();
  const editor = admin.getByRole('form', { name: 'Channels: Customer service' });
  await editor.getByLabel('Agent photo (https URL)').fill('https://cdn.example/anna.jpg');
  const header = admin.getByTestId('widget-preview').locator('.preview-head');
  await header.locator('img[src="https://cdn.example/anna.jpg"]').waitFor();
  expect(await admin.getByTestId('widget-preview').locator('.preview-body img').count()).toBe(0);
});

test('a refused save names the field by its label and puts the cursor in it; nothing is saved', async () => {
  const admin = track(await openConsole(browser, runtime, ADMIN, 'Away'));
  await admin.getByRole('tab', { name: 'Admin' }).click();
  const editor = admin.getByRole('form', { name: 'Channels: Customer service' });
  const zone = editor.getByLabel('Time zone');
  const before = await zone.inputValue();
  await zone.fill('Mars/Olympus');
  await editor.getByRole('button', { name: 'Save channel' }).click();

  await editor.getByRole('status').getByText('Check “Time zone”: is not a known IANA time zone (e.g. Europe/Amsterdam).').waitFor();
  expect(await zone.evaluate((field) => field === document.activeElement)).toBe(true);
  // Edited, the refusal no longer stands on screen.
  await zone.fill('Europe/Amsterdam');
  expect(await editor.getByText(/^Check “Time zone”/).count()).toBe(0);
  await admin.reload();
  await admin.getByRole('tab', { name: 'Admin' }).click();
  expect(await admin.getByRole('form', { name: 'Channels: Customer service' }).getByLabel('Time zone').inputValue()).toBe(before);
});

test('a colour white text is hard to read on is advised against as it is chosen, and one it can hardly be read on is refused', async () => {
  const admin = track(await openConsole(browser, runtime, ADMIN, 'Away'));
  await admin.getByRole('tab', { name: 'Admin' }).click();
  const editor = admin.getByRole('form', { name: 'Channels: Customer service' });
  const colour = editor.getByLabel('Colour');
  const before = await colour.inputValue();

  await colour.fill('#ff6600');
  await editor.getByText('White text on this colour is hard to read for some customers (contrast 2.9:1; 4.5:1 or more is advised).').waitFor();
  await colour.fill('#f7f3c8');
  await editor.getByText('White text on this colour can hardly be read (contrast 1.1:1). Choose a darker colour: the channel cannot be saved with this one.').waitFor();
  await editor.getByRole('button', { name: 'Save channel' }).click();
  await editor.getByRole('status').getByText("Check “Colour”: is too light for the widget's white text; choose a darker colour.").waitFor();

  await colour.fill(before);
  expect(await editor.getByText(/White text on this colour/).count()).toBe(0);
});

test('a long unbroken word in a logged change wraps in the audit log instead of widening the Admin tab', async () => {
  const admin = track(await openConsole(browser, runtime, ADMIN, 'Away'));
  await admin.getByRole('tab', { name: 'Admin' }).click();
  const editor = admin.getByRole('form', { name: 'Channels: Customer service' });
  await editor.getByLabel('Welcome message').fill(`Welcome! https://shop.example/${'a'.repeat(300)}`);
  await editor.getByRole('button', { name: 'Save channel' }).click();
  await editor.getByRole('status').getByText('Saved.').waitFor();
  await admin.reload();
  await admin.getByRole('tab', { name: 'Admin' }).click();
  await admin.getByRole('table', { name: 'Audit log' }).getByText(/aaaaaaaaaa/).first().waitFor();
  // The log and the agents' actions above it stay within the window.
  const audit = admin.getByRole('table', { name: 'Audit log' });
  expect(await audit.evaluate((table) => table.getBoundingClientRect().right <= window.innerWidth)).toBe(true);
  expect(await admin.getByRole('button', { name: 'Add agent' }).evaluate((button) => button.getBoundingClientRect().right <= window.innerWidth)).toBe(true);
});

test('Copy snippet puts the snippet on the clipboard and says so', async () => {
  const admin = track(await openConsole(browser, runtime, ADMIN, 'Away'));
  await admin.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: runtime.url });
  await admin.getByRole('tab', { name: 'Admin' }).click();
  const editor = admin.getByRole('form', { name: 'Channels: Customer service' });
  await editor.getByRole('button', { name: 'Copy snippet' }).click();
  await editor.getByText('Copied.', { exact: true }).waitFor();
  expect(await admin.evaluate(() => navigator.clipboard.readText())).toBe(await editor.getByLabel('Snippet for your site').inputValue());
});
