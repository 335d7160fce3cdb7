/**
 * A message over the protocol's limit (MAX_TEXT characters) is never cut: the text field keeps all of
 * it, says how long it is against the limit, and Send refuses it until the customer has shortened it.
 */
import type { Browser, Page } from 'playwright-core';
import { MAX_TEXT } from '../../functions/protocol/constants';
import type { Client } from '../support/clients';
import type { HostSite } from '../support/host-page';
import { MILA } from './steps';
import { agentReceives, answerNext, askQuestion, launcher, panel, worldPerFile, openHostWorld } from './widget-steps';

let browser: Browser;
let site: HostSite;
let anna: Client;

worldPerFile(openHostWorld, (world) => ({ browser, site, anna } = world));

async function answeredChat(page: Page): Promise<string> {
  await launcher(page).click();
  await askQuestion(page, MILA);
  const chatId = await answerNext(anna);
  await panel(page).getByRole('textbox', { name: /^(Message|Bericht)$/ }).waitFor();
  return chatId;
}

test('text over the limit stays whole, is flagged at the field, and is refused until shortened', async () => {
  const shop = await site.open(browser);
  const chatId = await answeredChat(shop);
  const box = panel(shop).getByRole('textbox', { name: 'Message' });
  const send = panel(shop).getByRole('button', { name: 'Send', exact: true });
  const long = `${'Order 1234 arrived damaged. '.repeat(150)}`.slice(0, MAX_TEXT + 21);

  await box.fill(long);
  expect((await box.inputValue()).length).toBe(MAX_TEXT + 21);
  const notice = panel(shop).getByText(`Too long to send: ${MAX_TEXT + 21} of at most ${MAX_TEXT} characters.`, { exact: true });
  await notice.waitFor();
  expect(await box.getAttribute('aria-invalid')).toBe('true');
  expect(await box.evaluate((field) => (field.getRootNode() as ShadowRoot).getElementById(field.getAttribute('aria-describedby') ?? '')?.textContent)).toBe(
    await notice.textContent(),
  );
  expect(await send.isDisabled()).toBe(true);

  // ENTER refuses it too: nothing goes out, nothing is lost.
  await box.press('Enter');
  expect((await box.inputValue()).length).toBe(MAX_TEXT + 21);
  expect(await panel(shop).locator('.pending').count()).toBe(0);

  // Shortened to the limit, it goes, whole.
  await box.press('End');
  for (let i = 0; i < 21; i++) await box.press('Backspace');
  await notice.waitFor({ state: 'detached' });
  expect(await box.getAttribute('aria-invalid')).not.toBe('true');
  await send.click();
  const received = await agentReceives(anna, chatId, long.slice(0, MAX_TEXT).trim());
  expect(received.message.text.length).toBe(long.slice(0, MAX_TEXT).trim().length);
  expect(await box.inputValue()).toBe('');
}, 60_000);

test('in Dutch the notice is Dutch', async () => {
  const shop = await site.open(browser, { snippet: { 'data-lang': 'nl' } });
  await shop.getByRole('button', { name: 'Chat met ons' }).click();
  await shop.getByLabel('Naam').fill(MILA.name);
  await shop.getByLabel('E-mailadres').fill(MILA.email);
  await shop.getByLabel('Je vraag').fill(MILA.question);
  await shop.getByRole('button', { name: 'Chat starten' }).click();
  // Queued first: only then can Anna answer it.
  await shop.getByText('Wachten op een medewerker…').waitFor();
  await answerNext(anna);
  const box = panel(shop).getByRole('textbox', { name: 'Bericht' });
  await box.fill('x'.repeat(MAX_TEXT + 1));
  await panel(shop).getByText(`Te lang om te verzenden: ${MAX_TEXT + 1} van maximaal ${MAX_TEXT} tekens.`, { exact: true }).waitFor();
  expect(await panel(shop).getByRole('button', { name: 'Verzenden', exact: true }).isDisabled()).toBe(true);
}, 60_000);
