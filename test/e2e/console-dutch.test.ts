/**
 * The console speaks Dutch to an agent whose browser prefers it, in the product's own words (Aanwezig,
 * Binnenkomende chat, In wachtrij, Volgende in wachtrij ophalen, Verzenden, Chat beëindigen, Recente
 * chatsessies), with the chat's event lines and clock times in Dutch too; the agent can switch it to
 * English, and the choice holds across reloads.
 */
import type { Browser, Page } from 'playwright-core';
import { startRuntimeAndBrowser } from '../support/e2e-world';
import { ANNA, BRAM, type TestRuntime } from '../support/runtime';
import { ADMIN } from '../support/admin';
import { startChat, type Customer, endChat } from './steps';

let runtime: TestRuntime;
let browser: Browser;
startRuntimeAndBrowser((started) => ({ runtime, browser } = started));

async function openDutchConsole(login: { email: string; password: string } = ANNA): Promise<Page> {
  const page = await (await browser.newContext({ locale: 'nl-NL' })).newPage();
  await page.goto(`${runtime.url}/agent/`);
  await page.getByLabel('E-mail').fill(login.email);
  await page.getByLabel('Wachtwoord').fill(login.password);
  await page.getByRole('button', { name: 'Inloggen' }).click();
  return page;
}

test("a Dutch agent's console speaks Dutch, in the product's own words", async () => {
  const anna = await openDutchConsole();
  expect(await anna.locator('html').getAttribute('lang')).toBe('nl');
  const status = anna.getByRole('group', { name: 'Status' });
  await status.getByRole('button', { name: 'Afwezig' }).waitFor();
  await status.getByRole('button', { name: 'Aanwezig' }).click();
  await status.getByRole('button', { name: 'Aanwezig', pressed: true }).waitFor();

  const sanne: Customer = { name: `Sanne ${Date.now() % 100_000}`, email: 'sanne@example.nl', question: 'Hebben jullie Delfts blauw op voorraad?' };
  await startChat(browser, runtime, sanne);
  await anna.getByRole('tab', { name: /^Dashboard/ }).click();
  await anna.getByRole('table', { name: 'Binnenkomende chat' }).getByRole('row').filter({ hasText: sanne.name }).waitFor();

  await anna.getByRole('tab', { name: /^Chats/ }).click();
  await anna.getByLabel('In wachtrij').filter({ hasText: /^1$/ }).waitFor();
  await anna.getByRole('button', { name: 'Volgende in wachtrij ophalen' }).click();
  const chat = anna.getByRole('region', { name: new RegExp(sanne.name) });
  await chat.getByText('Anna de Vries neemt deel aan de chat').waitFor();

  const composer = chat.getByRole('textbox');
  await composer.fill('Jazeker, we hebben het op voorraad.');
  await chat.getByRole('button', { name: 'Verzenden' }).click();
  const question = chat.getByRole('listitem').filter({ hasText: sanne.question });
  expect(await question.textContent()).toMatch(/\b\d{2}:\d{2}(?!\s?[AP]M)/);

  // Its longer labels still share one row on a 1024-pixel screen.
  await anna.setViewportSize({ width: 1024, height: 700 });
  const rows = await chat.locator('header').getByRole('button').evaluateAll((buttons) => buttons.map((b) => Math.round(b.getBoundingClientRect().top)));
  expect(rows).toHaveLength(4);
  expect(new Set(rows).size).toBe(1);

  await endChat(anna, chat, { button: 'Chat beëindigen' });
  await chat.getByText('Anna de Vries heeft de chat beëindigd').waitFor();
  await anna.getByRole('region', { name: 'Recente chatsessies' }).getByRole('button', { name: new RegExp(sanne.name) }).waitFor();
}, 60_000);

test('the agent switches the console to English, and it stays English after a reload', async () => {
  const anna = await openDutchConsole();
  await anna.getByRole('group', { name: 'Status' }).getByRole('button', { name: 'Afwezig' }).waitFor();

  await anna.getByRole('button', { name: 'English' }).click();
  await anna.getByRole('group', { name: 'Status' }).getByRole('button', { name: 'Away' }).waitFor();
  expect(await anna.locator('html').getAttribute('lang')).toBe('en');
  await anna.reload();
  await anna.getByRole('button', { name: 'Get next in queue' }).waitFor();

  await anna.getByRole('button', { name: 'Nederlands' }).click();
  await anna.getByRole('button', { name: 'Volgende in wachtrij ophalen' }).waitFor();
}, 60_000);

test('a wrong password is told in Dutch', async () => {
  const page = await (await browser.newContext({ locale: 'nl-NL' })).newPage();
  await page.goto(`${runtime.url}/agent/`);
  await page.getByLabel('E-mail').fill(ANNA.email);
  await page.getByLabel('Wachtwoord').fill('not-her-password');
  await page.getByRole('button', { name: 'Inloggen' }).click();
  await page.getByRole('alert').getByText('Onjuist e-mailadres of wachtwoord.').waitFor();
}, 60_000);

test("the channel settings name the forms' fields and the request's priority in Dutch", async () => {
  const admin = await openDutchConsole(ADMIN);
  await admin.getByRole('tab', { name: 'Beheer' }).click();
  const offlineForm = admin.getByRole('group', { name: 'Offline-formulier' });
  const offlineFields = offlineForm.getByRole('group', { name: 'Verplichte velden' });
  for (const field of ['Naam', 'E-mailadres', 'Bericht']) await offlineFields.getByRole('checkbox', { name: field }).waitFor();
  const priorities = await offlineForm.getByLabel('Prioriteit').locator('option').allTextContents();
  expect(priorities).toEqual(['Laag', 'Normaal', 'Hoog', 'Urgent']);
  const preChatFields = admin.getByRole('group', { name: 'Pre-chatformulier' }).getByRole('group', { name: 'Verplichte velden' });
  const labels = await preChatFields.getByRole('checkbox').evaluateAll((boxes) => boxes.map((box) => box.parentElement?.textContent?.trim()));
  expect(labels).toEqual(['Naam', 'E-mailadres', 'Telefoon', 'Vraag']);

  // Its save reads in the audit log under the same labels.
  await admin.getByLabel('Tekst van de chatknop').fill('Vragen? Chat met ons');
  await admin.getByRole('button', { name: 'Kanaal opslaan' }).click();
  await admin.getByRole('table', { name: 'Auditlogboek' }).getByRole('row').filter({ hasText: 'Tekst van de chatknop: — → Vragen? Chat met ons' }).waitFor();
}, 60_000);

test('an admin action the server refuses is told in Dutch', async () => {
  const admin = await openDutchConsole(ADMIN);
  await admin.getByRole('tab', { name: 'Beheer' }).click();
  await admin.getByRole('button', { name: 'Agent toevoegen' }).click();
  const dialog = admin.getByRole('dialog', { name: 'Agent toevoegen' });
  await dialog.getByLabel('Naam').fill('Anna Twee');
  await dialog.getByLabel('E-mailadres').fill(ANNA.email);
  await dialog.getByLabel('Nu een wachtwoord instellen').check();
  await dialog.getByLabel('Nieuw wachtwoord').fill('anna-twee-password');
  await dialog.getByRole('button', { name: 'Agent toevoegen' }).click();
  await dialog.getByText('Er bestaat al een agent met dit e-mailadres.').waitFor();
}, 60_000);

test('the language an agent chooses follows them to a browser where none was chosen', async () => {
  const signIn = async (locale: string) => {
    const page = await (await browser.newContext({ locale })).newPage();
    await page.goto(`${runtime.url}/agent/`);
    await page.getByLabel(/^E-?mail/).fill(BRAM.email);
    await page.getByLabel(/^(Password|Wachtwoord)$/).fill(BRAM.password);
    await page.getByRole('button', { name: /^(Log in|Inloggen)$/ }).click();
    return page;
  };
  // At work, in an English browser, Bram switches the console to Dutch.
  const work = await signIn('en-GB');
  await work.getByRole('button', { name: 'Get next in queue' }).waitFor();
  const remembered = () => work.waitForResponse((res) => res.url().endsWith('/api/me/language') && res.ok());
  let saved = remembered();
  await work.getByRole('button', { name: 'Nederlands' }).click();
  await work.getByRole('button', { name: 'Volgende in wachtrij ophalen' }).waitFor();
  await saved;

  // At home, another English browser: his console speaks Dutch once he is signed in.
  const home = await signIn('en-GB');
  await home.getByRole('button', { name: 'Volgende in wachtrij ophalen' }).waitFor();
  expect(await home.locator('html').getAttribute('lang')).toBe('nl');

  // Back at work he switches to English; at home, the next load follows, since nothing was chosen there.
  saved = remembered();
  await work.getByRole('button', { name: 'English' }).click();
  await work.getByRole('button', { name: 'Get next in queue' }).waitFor();
  await saved;
  await home.reload();
  await home.getByRole('button', { name: 'Get next in queue' }).waitFor();

  // Signing out there leaves no trace of his language for whoever signs in next.
  const profileLanguage = () => home.evaluate(() => localStorage.getItem('parley.console.profile-language'));
  expect(await profileLanguage()).toBe('en');
  await home.getByRole('button', { name: 'Log out' }).click();
  await home.getByRole('button', { name: 'Log in' }).waitFor();
  expect(await profileLanguage()).toBeNull();
}, 60_000);
