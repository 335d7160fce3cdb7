/**
 * The post-chat form's refusals: an address the browser lets through and the server refuses is said at
 * the email field, in the customer's language (marked invalid and described by the message), never as the
 * server's own text; and it goes once it no longer applies — when the field is edited, or after Back to chat.
 */
import type { Browser, Page } from 'playwright-core';
import type { Client } from '../support/clients';
import type { HostSite } from '../support/host-page';
import type { Customer } from './steps';
import { answerNext, askQuestion, launcher, panel, say, worldPerFile, openHostWorld, askQuestionInDutch } from './widget-steps';

let browser: Browser;
let site: HostSite;
let anna: Client;

worldPerFile(openHostWorld, (world) => ({ browser, site, anna } = world));

/** The server's own words for the refusal, which the customer must never read. */
const SERVER_TEXT = /transcriptTo|email address is not valid/;

/** A chat started from `page`'s open panel, answered by Anna and ended by her; resolves with its id once the form shows. */
async function endedChat(page: Page, customer: Customer, words = { ended: 'This chat has ended' }): Promise<string> {
  const chatId = await answerNext(anna);
  say(anna, chatId, `Hello ${customer.name}.`);
  await panel(page).getByText(`Hello ${customer.name}.`).waitFor();
  anna.send({ action: 'chat.end', chatId });
  await panel(page).getByText(words.ended, { exact: true }).waitFor();
  return chatId;
}

/** The element an input's aria-describedby names, looked up in the input's own (shadow) root. */
const describedBy = (page: Page, label: string) =>
  panel(page)
    .getByRole('textbox', { name: label, exact: true })
    .evaluate((input) => {
      const id = input.getAttribute('aria-describedby');
      return id ? ((input.getRootNode() as ShadowRoot).getElementById(id)?.textContent ?? null) : null;
    });

test('a refused transcript address is said at the field in the form\'s words, and goes when edited or after Back to chat', async () => {
  const lotte: Customer = { name: 'Lotte Jansen', email: 'lotte@example.com', question: 'Do you sell gift cards?' };
  const shop = await site.open(browser);
  await launcher(shop).click();
  await askQuestion(shop, lotte);
  const chatId = await endedChat(shop, lotte);
  const widget = panel(shop);

  await widget.getByRole('checkbox', { name: 'Send me the transcript' }).check();
  const address = widget.getByRole('textbox', { name: 'Email', exact: true });
  // Without a top-level domain: the browser's own check lets it through, the server's does not.
  await address.fill('lotte@example');
  await widget.getByRole('button', { name: 'Send', exact: true }).click();

  await widget.getByRole('alert').getByText('Email is not valid.', { exact: true }).waitFor();
  expect(await address.getAttribute('aria-invalid')).toBe('true');
  expect(await describedBy(shop, 'Email')).toBe('Email is not valid.');
  expect(await widget.getByText(SERVER_TEXT).count()).toBe(0);

  // Edited, the refusal no longer applies.
  await address.press('End');
  await address.pressSequentially('.com');
  await widget.getByText('Email is not valid.').waitFor({ state: 'detached' });
  expect(await address.getAttribute('aria-invalid')).not.toBe('true');
  expect(await describedBy(shop, 'Email')).toBeNull();

  // Refused again, then Back to chat: neither the chat nor the next post-chat form carries it.
  await address.fill('lotte@example');
  await widget.getByRole('button', { name: 'Send', exact: true }).click();
  await widget.getByText('Email is not valid.', { exact: true }).waitFor();
  await widget.getByRole('button', { name: 'Back to chat' }).click();
  await widget.getByRole('textbox', { name: 'Message' }).waitFor();
  expect(await widget.getByText('Email is not valid.').count()).toBe(0);
  expect(await widget.getByText(SERVER_TEXT).count()).toBe(0);

  // The composer is back once the server has the chat active again, with Anna, who ends it once more.
  anna.send({ action: 'chat.end', chatId });
  await widget.getByRole('checkbox', { name: 'Send me the transcript' }).check();
  expect(await widget.getByText('Email is not valid.').count()).toBe(0);
  expect(await address.getAttribute('aria-invalid')).not.toBe('true');
  await address.fill('lotte.work@example.com');
  await widget.getByRole('button', { name: 'Send', exact: true }).click();
  await widget.getByText('Thank you for your feedback.').waitFor();
}, 60_000);

test('in Dutch the refused address is said in Dutch at the field', async () => {
  const shop = await site.open(browser, { snippet: { 'data-lang': 'nl' } });
  await askQuestionInDutch(shop, { name: 'Mila Bakker', email: 'mila@example.com', question: 'Hebben jullie cadeaubonnen?' });
  await endedChat(shop, { name: 'Mila Bakker', email: 'mila@example.com', question: '' }, { ended: 'Deze chat is beëindigd' });
  const widget = panel(shop);

  await widget.getByRole('checkbox', { name: 'Stuur mij het gesprek per e-mail' }).check();
  const address = widget.getByRole('textbox', { name: 'E-mailadres', exact: true });
  await address.fill('mila@example');
  await widget.getByRole('button', { name: 'Verzenden', exact: true }).click();
  await widget.getByRole('alert').getByText('E-mailadres is niet geldig.', { exact: true }).waitFor();
  expect(await address.getAttribute('aria-invalid')).toBe('true');
  expect(await describedBy(shop, 'E-mailadres')).toBe('E-mailadres is niet geldig.');
  expect(await widget.getByText('Controleer wat je hebt ingevuld').count()).toBe(0);
}, 60_000);
