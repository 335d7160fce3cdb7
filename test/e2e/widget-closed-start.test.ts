/**
 * The widget was opened while its channel was open, and the channel closed while the customer filled
 * in the pre-chat form (a closed day set, or the hours ended): Start chat queues nothing, and the
 * offline form takes the pre-chat form's place, holding what they typed, in English and in Dutch.
 */
import type { Browser } from 'playwright-core';
import type { ChannelsResponse } from '../../functions/protocol';
import { api, loginAgent, type Client } from '../support/clients';
import type { TestRuntime } from '../support/runtime';
import { ADMIN } from '../support/admin';
import { openWidgetWorld, panel, worldPerFile } from './widget-steps';

let runtime: TestRuntime;
let browser: Browser;
let anna: Client;

worldPerFile(openWidgetWorld, (world) => ({ runtime, browser, anna } = world));
afterEach(() => Promise.all(browser.contexts().map((context) => context.close())));

/** The admin switches the default channel's opening hours off (open whenever someone is Present) or on with no day open (closed). */
async function setOpen(open: boolean) {
  const { token } = await loginAgent(runtime.url, ADMIN.email, ADMIN.password);
  const [stored] = (await api<ChannelsResponse>(runtime.url, '/api/channels', { method: 'GET', token })).body.channels;
  const hours = { ...stored.settings.hours, enabled: !open, days: {} };
  expect((await api(runtime.url, '/api/channels', { token, body: { settings: { ...stored.settings, hours }, version: stored.version } })).status).toBe(200);
}

const WORDS = {
  'en-GB': { launcher: 'Chat with us', start: 'Start chat', fields: ['Name', 'Email', 'Your question'], offlineFields: ['Name', 'Email', 'Message'], offline: 'We are not online right now. Leave a message and we will get back to you.', send: 'Send message', waiting: 'Waiting for an agent…' },
  'nl-NL': { launcher: 'Chat met ons', start: 'Chat starten', fields: ['Naam', 'E-mailadres', 'Je vraag'], offlineFields: ['Naam', 'E-mailadres', 'Bericht'], offline: 'We zijn nu niet online. Laat een bericht achter, dan nemen we contact met je op.', send: 'Bericht verzenden', waiting: 'Wachten op een medewerker…' },
};

for (const [locale, words] of Object.entries(WORDS)) {
  test(`${locale}: Start chat after closing time gets the offline form, and no chat waits`, async () => {
    await setOpen(true);
    const shop = await (await browser.newContext({ locale })).newPage();
    await shop.goto(`${runtime.url}/demo/`);
    await shop.getByRole('button', { name: words.launcher }).click();
    const start = panel(shop).getByRole('button', { name: words.start, exact: true });
    await start.waitFor();

    await setOpen(false);
    const typed = ['Mila Bakker', 'mila@example.com', 'Do you ship to Belgium?'];
    for (const [i, label] of words.fields.entries()) await panel(shop).getByLabel(label).fill(typed[i]);
    await start.click();
    await panel(shop).getByText(words.offline).waitFor();
    await panel(shop).getByRole('button', { name: words.send }).waitFor();
    // Nothing typed is lost: the question becomes the message.
    for (const [i, label] of words.offlineFields.entries()) expect(await panel(shop).getByLabel(label, { exact: true }).inputValue()).toBe(typed[i]);
    expect(await panel(shop).getByText(words.waiting).count()).toBe(0);

    // Frames come in order: the answer to Anna's ask comes after any queue change the start made.
    anna.send({ action: 'queue.next', ref: `next-${locale}` });
    expect(await anna.next('notice', (f) => f.ref === `next-${locale}`)).toMatchObject({ code: 'queue-empty' });
  }, 60_000);
}
