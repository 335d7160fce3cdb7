/**
 * Predefined texts in the console: Insert puts an FAQ's answer or a filled template into the
 * composer (and names a variable it cannot fill); `/` lists quick replies and templates, the
 * arrows move and ENTER inserts; an agent keeps their own quick replies in the same dialog.
 */
import type { Browser, Locator, Page } from 'playwright-core';
import { api, loginAgent } from '../support/clients';
import { startHostSite, type HostSite } from '../support/host-page';
import { ANNA, type TestRuntime } from '../support/runtime';
import { startRuntimeAndBrowser } from '../support/e2e-world';
import { seriousViolations } from '../support/axe';
import { ADMIN, MILA, NOOR, openConsole, startChat } from './steps';
import { valueOnceItIs } from './field-steps';

let runtime: TestRuntime;
let browser: Browser;
let anna: Page;
let site: HostSite;

async function shared(body: object, replyId: string) {
  const { token } = await loginAgent(runtime.url, ADMIN.email, ADMIN.password);
  const res = await api(runtime.url, '/api/replies', { token, body: { replyId, shared: true, ...body } });
  if (res.status !== 201) throw new Error(`seeding ${replyId} answered ${res.status}`);
}

afterAll(() => site?.close());
startRuntimeAndBrowser(async (started) => {
  ({ runtime, browser } = started);
  await shared({ kind: 'faq', folder: 'Shipping', title: 'Do you ship to Belgium?', text: 'Yes, we ship to Belgium within three working days.' }, 'faq-belgium-1');
  await shared({ kind: 'faq', folder: 'Shipping', title: 'What does shipping cost?', text: 'See the page.', link: 'https://shop.example/shipping' }, 'faq-cost-0001');
  await shared({ kind: 'template', folder: 'Orders', title: 'Order follow-up', text: 'Hi {{customer.firstName}}, this is {{agent.name}} about chat {{chat.number}}.' }, 'tpl-follow-01');
  await shared({ kind: 'template', folder: 'Orders', title: 'Parcel number', text: 'Your parcel {{parcel.number}} is on its way.' }, 'tpl-parcel-01');
  await shared({ kind: 'template', folder: 'Greetings', title: 'Welcome', text: 'Hello {{customer.firstName}}, how can I help?', textNl: 'Hallo {{customer.firstName}}, waarmee kan ik helpen?' }, 'tpl-welcome-1');
  await shared({ kind: 'quick', folder: 'Greetings', title: 'Thanks for waiting', text: 'Thank you for waiting!' }, 'quick-wait-01');
  await shared({ kind: 'quick', folder: 'Greetings', title: 'Thanks for your order', text: 'Thank you for your order!' }, 'quick-order-1');
  anna = await openConsole(browser, runtime, ANNA, 'Present');
  await startChat(browser, runtime, MILA);
  await anna.getByRole('button', { name: 'Get next in queue' }).click();
  await anna.getByRole('list', { name: 'Conversation' }).getByText(MILA.question).waitFor();
});

const composer = () => anna.getByRole('textbox', { name: 'Message' });
const insertDialog = () => anna.getByRole('dialog', { name: 'Insert' });

/** Opens a new quick reply's form in the Insert dialog and fills it in, leaving Save to the test. */
async function newQuickReply(fields: { folder?: string; name: string; text: string }) {
  await anna.getByRole('button', { name: 'Insert' }).click();
  await insertDialog().getByRole('tab', { name: 'Quick replies' }).click();
  await insertDialog().getByRole('button', { name: 'New quick reply' }).click();
  if (fields.folder) await insertDialog().getByLabel('Folder').fill(fields.folder);
  await insertDialog().getByLabel('Name').fill(fields.name);
  await insertDialog().getByLabel('Text').fill(fields.text);
}

// Each test starts from a closed dialog and an empty composer, whatever the one before left.
// Escape leaves an open replies form first (asking, when something was typed, whether to drop it), then closes the dialog.
beforeEach(async () => {
  const discard = (question: { accept(): Promise<void> }) => void question.accept();
  anna.on('dialog', discard);
  for (let tries = 0; tries < 3 && (await insertDialog().isVisible()); tries++) await anna.keyboard.press('Escape');
  await insertDialog().waitFor({ state: 'detached' });
  anna.off('dialog', discard);
  await composer().fill('');
});

async function insertFrom(tab: string, title: string): Promise<void> {
  await anna.getByRole('button', { name: 'Insert' }).click();
  await insertDialog().getByRole('tab', { name: tab }).click();
  await insertDialog().getByRole('button', { name: new RegExp(`^${title.replace(/[?.]/g, '\\$&')}`) }).click();
  await insertDialog().waitFor({ state: 'detached' });
}

/** The composer's text once the insert has landed. */
async function composerHolds(text: string) {
  expect(await valueOnceItIs(composer(), text)).toBe(text);
}

async function clear(field: Locator) {
  await field.fill('');
}

test('Insert puts an FAQ answer into the composer, or its link when it has one', async () => {
  await insertFrom('FAQ', 'Do you ship to Belgium?');
  await composerHolds('Yes, we ship to Belgium within three working days.');
  await clear(composer());
  await insertFrom('FAQ', 'What does shipping cost?');
  await composerHolds('https://shop.example/shipping');
  await clear(composer());
});

test('Insert fills a template with the customer, the agent and the chat', async () => {
  await insertFrom('Reply templates', 'Order follow-up');
  // The chat's reference, as the conversation's header shows it: not its internal id.
  const reference = (await anna.locator('.chat-reference').textContent())?.replace(/^Chat /, '');
  expect(reference).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}$/);
  const filled = `Hi Mila, this is Anna de Vries about chat ${reference}.`;
  expect(await valueOnceItIs(composer(), filled)).toBe(filled);
  expect(await anna.locator('.composer-warning').textContent()).toBe('');
  await clear(composer());
});

test('a template variable the console does not know stays in the text and is named in a warning', async () => {
  await insertFrom('Reply templates', 'Parcel number');
  await composerHolds('Your parcel {{parcel.number}} is on its way.');
  await anna.getByText('Could not fill {{parcel.number}}: replace it before sending.').waitFor();
  expect(await composer().getAttribute('aria-invalid')).toBe('true');
  await composer().fill('Your parcel 3SABC123 is on its way.');
  await anna.locator('.composer-warning:empty').waitFor({ state: 'attached' });
  await clear(composer());
});

test('/ lists matching quick replies; the arrows move the highlight and ENTER inserts it', async () => {
  await composer().pressSequentially('/thanks');
  const list = anna.getByRole('listbox', { name: 'Quick replies and templates' });
  const options = list.getByRole('option');
  await options.nth(1).waitFor();
  await expect(options.allTextContents()).resolves.toHaveLength(2);
  const first = await options.nth(0).getAttribute('id');
  expect(await composer().getAttribute('aria-activedescendant')).toBe(first);
  await composer().press('ArrowDown');
  const second = await options.nth(1).getAttribute('id');
  expect(await composer().getAttribute('aria-activedescendant')).toBe(second);
  const chosen = (await options.nth(1).locator('.slash-preview').textContent())!;
  await composer().press('Enter');
  await list.waitFor({ state: 'detached' });
  expect(await valueOnceItIs(composer(), chosen)).toBe(chosen);
  await clear(composer());
});

test('ESC closes the / list and leaves the text as typed', async () => {
  await composer().pressSequentially('/order');
  const list = anna.getByRole('listbox', { name: 'Quick replies and templates' });
  await list.waitFor();
  await composer().press('Escape');
  await list.waitFor({ state: 'detached' });
  await composerHolds('/order');
  await clear(composer());
});

test('Tab from the text field takes the / list away, leaving the text as typed', async () => {
  await composer().pressSequentially('/order');
  const list = anna.getByRole('listbox', { name: 'Quick replies and templates' });
  await list.waitFor();
  await composer().press('Tab');
  await list.waitFor({ state: 'detached' });
  await composerHolds('/order');
  await clear(composer());
});

test('a folder typed in other letters is the folder that is there, not a second one', async () => {
  await newQuickReply({ folder: 'greetings', name: 'Good morning', text: 'Good morning!' });
  await insertDialog().getByRole('button', { name: 'Save' }).click();
  await insertDialog().getByRole('button', { name: /^Good morning/ }).waitFor();
  const folders = await insertDialog().getByLabel('Show').locator('option').allTextContents();
  expect(folders.filter((name) => /greetings/i.test(name))).toHaveLength(1);
  await insertDialog().getByLabel('Show').selectOption({ label: folders.find((name) => /greetings/i.test(name))! });
  expect(await insertDialog().getByRole('list', { name: 'Quick replies' }).locator('.reply-title').allTextContents()).toContain('Good morning');
});

test('an agent adds a quick reply of their own and finds it under Recently used once inserted', async () => {
  await newQuickReply({ folder: 'Mine', name: 'Anna signs off', text: 'Have a lovely day! Anna' });
  await insertDialog().getByRole('button', { name: 'Save' }).click();
  await insertDialog().getByRole('button', { name: /^Anna signs off/ }).click();
  await composerHolds('Have a lovely day! Anna');

  await anna.getByRole('button', { name: 'Insert' }).click();
  await insertDialog().getByRole('tab', { name: 'Quick replies' }).click();
  await insertDialog().getByLabel('Show').selectOption({ label: 'Recently used' });
  const recent = await insertDialog().getByRole('list', { name: 'Quick replies' }).locator('.reply-title').allTextContents();
  expect(recent[0]).toBe('Anna signs off');
  await anna.keyboard.press('Escape');
  await clear(composer());
});

test('a quick reply of only spaces is refused in the console\'s words at once, and the message goes when the field is edited', async () => {
  await newQuickReply({ name: '   ', text: 'Some text' });
  await insertDialog().getByRole('button', { name: 'Save' }).click();
  const refusal = insertDialog().getByRole('alert');
  expect(await refusal.textContent()).toBe('Fill in “Name”: spaces alone do not count.');

  await insertDialog().getByLabel('Name').fill('Spaced out');
  expect(await refusal.count()).toBe(0);
  await anna.keyboard.press('Escape');
});

test('a starred reply is listed under Favourites, also after the console is reloaded', async () => {
  await anna.getByRole('button', { name: 'Insert' }).click();
  const stored = anna.waitForResponse((response) => response.url().endsWith('/favourite') && response.status() === 204);
  await insertDialog().getByRole('button', { name: 'Favourite: What does shipping cost?' }).click();
  await stored;
  await insertDialog().getByRole('button', { name: 'Favourite: What does shipping cost?', pressed: true }).waitFor();
  await anna.keyboard.press('Escape');
  await insertDialog().waitFor({ state: 'detached' });

  await anna.reload();
  await anna.getByRole('list', { name: 'Conversation' }).getByText(MILA.question).waitFor();
  await anna.getByRole('button', { name: 'Insert' }).click();
  await insertDialog().getByRole('button', { name: /^Do you ship to Belgium/ }).waitFor();
  await insertDialog().getByLabel('Show').selectOption({ label: 'Favourites' });
  await insertDialog().getByRole('button', { name: /^Do you ship to Belgium/ }).waitFor({ state: 'detached' });
  expect(await insertDialog().getByRole('list', { name: 'FAQ' }).locator('.reply-title').allTextContents()).toEqual(['What does shipping cost?']);
  await anna.keyboard.press('Escape');
  await insertDialog().waitFor({ state: 'detached' });
}, 60_000);

test('the Insert dialog and the / list pass axe without serious findings', async () => {
  await anna.getByRole('button', { name: 'Insert' }).click();
  await insertDialog().getByRole('button', { name: /^Do you ship to Belgium/ }).waitFor();
  expect(await seriousViolations(anna)).toEqual([]);
  await anna.keyboard.press('Escape');
  await insertDialog().waitFor({ state: 'detached' });
  await composer().pressSequentially('/');
  await anna.getByRole('listbox', { name: 'Quick replies and templates' }).waitFor();
  expect(await seriousViolations(anna)).toEqual([]);
  await clear(composer());
});

test('a template with a Dutch text is filled in Dutch for a customer whose widget speaks Dutch', async () => {
  site = await startHostSite(runtime);
  const shop = await site.open(browser, { snippet: { 'data-lang': 'nl' } });
  await shop.getByRole('button', { name: 'Chat met ons' }).click();
  await shop.getByLabel('Naam').fill(NOOR.name);
  await shop.getByLabel('E-mailadres').fill(NOOR.email);
  await shop.getByLabel('Je vraag').fill('Hebben jullie nog blauwe wol?');
  await shop.getByRole('button', { name: 'Chat starten' }).click();
  await shop.getByText('Wachten op een medewerker…').waitFor();
  await anna.getByRole('button', { name: 'Get next in queue' }).click();
  await anna.getByRole('list', { name: 'Conversation' }).getByText('Hebben jullie nog blauwe wol?').waitFor();

  await insertFrom('Reply templates', 'Welcome');
  await composerHolds('Hallo Noor, waarmee kan ik helpen?');
  await clear(composer());
}, 60_000);

test('an admin adds a shared FAQ from Replies in the top bar; an agent can insert it but neither edit nor add FAQ', async () => {
  const admin = await openConsole(browser, runtime, ADMIN, 'Away');
  await admin.getByRole('button', { name: 'Replies', exact: true }).click();
  const editor = admin.getByRole('dialog', { name: 'Replies' });
  await editor.getByRole('button', { name: 'New FAQ' }).click();
  await editor.getByLabel('Folder').fill('Payments');
  await editor.getByLabel('Question').fill('Can I pay by iDEAL?');
  await editor.getByLabel('Answer', { exact: true }).fill('Yes, by iDEAL and by credit card.');
  await editor.getByRole('button', { name: 'Save' }).click();
  await editor.getByRole('button', { name: 'Edit Can I pay by iDEAL?' }).waitFor();

  await anna.getByRole('button', { name: 'Insert' }).click();
  await insertDialog().getByRole('button', { name: /^Can I pay by iDEAL/ }).waitFor();
  expect(await insertDialog().getByRole('button', { name: 'New FAQ' }).count()).toBe(0);
  expect(await insertDialog().getByRole('button', { name: /^Edit / }).count()).toBe(0);
  await insertDialog().getByRole('button', { name: /^Can I pay by iDEAL/ }).click();
  await composerHolds('Yes, by iDEAL and by credit card.');
  await clear(composer());
}, 60_000);

test('a reply inserted after a draft is kept apart from it by a space, not glued on', async () => {
  await composer().fill('I checked it carefully.');
  await insertFrom('FAQ', 'Do you ship to Belgium?');
  await composerHolds('I checked it carefully. Yes, we ship to Belgium within three working days.');
  await clear(composer());
});

test('a quick reply with a variable the console does not know is named in its form; inserted, ENTER and Send refuse it until the variable is replaced', async () => {
  await newQuickReply({ name: 'Track your parcel', text: '{{agent.firstName}} here: your order {{order.id}} is on its way.' });
  // Named as it is typed; saving is still allowed.
  await insertDialog().getByText('{{order.id}} is not a variable the console knows: it is not filled in, and agents must replace it before sending.').waitFor();
  await insertDialog().getByRole('button', { name: 'Save' }).click();
  await insertDialog().getByRole('button', { name: /^Track your parcel/ }).waitFor();
  await anna.keyboard.press('Escape');
  await insertDialog().waitFor({ state: 'detached' });

  await composer().pressSequentially('/Track');
  const list = anna.getByRole('listbox', { name: 'Quick replies and templates' });
  await list.getByRole('option').first().filter({ hasText: 'Track your parcel' }).waitFor();
  await composer().press('Enter');
  await list.waitFor({ state: 'detached' });
  const inserted = 'Anna here: your order {{order.id}} is on its way.';
  await composerHolds(inserted);
  const warning = anna.locator('.composer-warning');
  await anna.getByText('Could not fill {{order.id}}: replace it before sending.').waitFor();

  await composer().press('Enter');
  await warning.getByText('Not sent. Could not fill {{order.id}}: replace it before sending.').waitFor();
  expect(await composer().inputValue()).toBe(inserted);
  expect(await composer().evaluate((field) => field === document.activeElement)).toBe(true);
  await composer().press('End');
  await composer().pressSequentially(' ');
  await warning.getByText('Could not fill {{order.id}}: replace it before sending.').waitFor();
  await anna.getByRole('button', { name: 'Send' }).click();
  await warning.getByText('Not sent. Could not fill {{order.id}}: replace it before sending.').waitFor();
  await anna.waitForFunction(() => document.activeElement?.getAttribute('aria-label') === 'Message');

  // Replaced, it goes; what was refused never reached the conversation before it.
  await composer().fill('Anna here: your order 10442 is on its way.');
  await composer().press('Enter');
  const conversation = anna.getByRole('list', { name: 'Conversation' });
  await conversation.getByText('Anna here: your order 10442 is on its way.').waitFor();
  expect(await conversation.getByText('{{order.id}}').count()).toBe(0);
  expect(await warning.textContent()).toBe('');
});
