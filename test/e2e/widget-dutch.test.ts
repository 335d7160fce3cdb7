/**
 * The widget in Dutch: chosen by the snippet's data-lang (standing in for the channel's language
 * setting), else by the browser's language; every word the customer sees is Dutch, in the
 * product's own terms (Verzenden, Chat beëindigen).
 */
import type { Browser } from 'playwright-core';
import type { Client } from '../support/clients';
import type { HostSite } from '../support/host-page';
import { ANNA } from '../support/runtime';
import { agentReceives, answerNext, bubbles, panel, say, worldPerFile, openHostWorld } from './widget-steps';

let browser: Browser;
let site: HostSite;
let anna: Client;

worldPerFile(openHostWorld, (world) => ({ browser, site, anna } = world));

test('with data-lang="nl" a whole chat is in Dutch', async () => {
  const shop = await site.open(browser, { snippet: { 'data-lang': 'nl' } });
  await shop.getByRole('button', { name: 'Chat met ons' }).click();
  await shop.getByText('Stel ons je vraag. Een medewerker antwoordt hier.').waitFor();
  await shop.getByLabel('Naam').fill('Mila Bakker');
  // The browser lets an address without a top-level domain through; the server's refusal is said in Dutch, at the field.
  await shop.getByLabel('E-mailadres').fill('mila@example');
  await shop.getByLabel('Je vraag').fill('Verzenden jullie naar België?');
  await shop.getByRole('button', { name: 'Chat starten' }).click();
  await panel(shop).getByRole('alert').getByText('E-mailadres is niet geldig.', { exact: true }).waitFor();
  expect(await shop.getByLabel('E-mailadres').getAttribute('aria-invalid')).toBe('true');
  await shop.getByLabel('E-mailadres').fill('mila@example.com');
  await shop.getByRole('button', { name: 'Chat starten' }).click();
  await shop.getByText('Wachten op een medewerker…').waitFor();

  const chatId = await answerNext(anna);
  await shop.getByText(`Je chat met ${ANNA.name}.`).waitFor();
  await shop.getByText(`${ANNA.name} neemt deel aan de chat`).waitFor();
  say(anna, chatId, 'Ja, binnen drie dagen.');
  await bubbles(shop, 'Ja, binnen drie dagen.').waitFor();

  const field = shop.getByRole('textbox', { name: 'Bericht' });
  expect(await field.getAttribute('placeholder')).toBe('Typ een bericht');
  await field.fill('Dank je wel!');
  await shop.getByRole('button', { name: 'Verzenden' }).click();
  await agentReceives(anna, chatId, 'Dank je wel!');
  await panel(shop).getByRole('button', { name: 'Chat minimaliseren' }).waitFor();

  await shop.getByRole('button', { name: 'Chat beëindigen' }).click();
  await shop.getByText('Deze chat is beëindigd').waitFor();
  await shop.getByText('Je hebt de chat beëindigd', { exact: true }).waitFor();
  await shop.getByRole('button', { name: 'Nieuwe chat starten' }).waitFor();
  // Screen readers pronounce the panel as Dutch whatever the page's own lang says.
  expect(await shop.locator('parley-widget').evaluate((host) => host.shadowRoot!.querySelector('.panel')!.getAttribute('lang'))).toBe('nl');
}, 60_000);

test("without data-lang the browser's language decides", async () => {
  const dutch = await site.open(browser, {}, { locale: 'nl-NL' });
  await dutch.getByRole('button', { name: 'Chat met ons' }).waitFor();
  const english = await site.open(browser, {}, { locale: 'en-GB' });
  await english.getByRole('button', { name: 'Chat with us' }).waitFor();
});

test("the snippet's data-lang wins over the browser's language", async () => {
  const shop = await site.open(browser, { snippet: { 'data-lang': 'en' } }, { locale: 'nl-NL' });
  await shop.getByRole('button', { name: 'Chat with us' }).waitFor();
});
