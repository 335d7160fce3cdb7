/**
 * Correcting the linked contact from the side panel: Edit opens its details in a form, a refused
 * field is marked, the saved details show at once, and an edit someone else saved meanwhile is
 * shown instead of being overwritten.
 */
import type { Browser, Page } from 'playwright-core';
import type { ContactCreateResponse, PersonPanelResponse } from '../../functions/protocol';
import { api, loginAgent } from '../support/clients';
import { ANNA, BRAM, type TestRuntime } from '../support/runtime';
import { answeredChat, MILA } from './steps';
import { startRuntimeAndBrowser } from '../support/e2e-world';

let runtime: TestRuntime;
let browser: Browser;

startRuntimeAndBrowser((started) => ({ runtime, browser } = started));

const customerPanel = (page: Page) => page.getByRole('complementary', { name: 'Customer' });

/** Anna answers Mila, whose contact was saved with a mistyped address, and links it. */
async function linkedToMistypedContact(phone: string): Promise<{ anna: Page; personId: string }> {
  const { token } = await loginAgent(runtime.url, ANNA.email, ANNA.password);
  const saved = await api<ContactCreateResponse>(runtime.url, '/api/contacts', { token, body: { name: MILA.name, email: 'mila@exampel.com', phone, companyName: 'Tulip' } });
  const { agent: anna } = await answeredChat(browser, runtime, ANNA, MILA);
  const panel = customerPanel(anna);
  await panel.getByRole('searchbox', { name: 'Search contacts' }).fill(phone);
  await panel.getByRole('list', { name: 'Search results' }).getByRole('button', { name: `Link ${MILA.name}` }).click();
  await panel.getByRole('region', { name: MILA.name }).getByText('mila@exampel.com').waitFor();
  return { anna, personId: saved.body.person.personId };
}

test('the linked contact is corrected in place: a cleared field goes, the new details show and are saved', async () => {
  const { anna, personId } = await linkedToMistypedContact('020 123 4567');
  const panel = customerPanel(anna);

  await panel.getByRole('button', { name: "Edit the contact's details" }).click();
  const form = panel.getByRole('form', { name: 'Edit contact' });
  expect(await form.getByLabel('Email').inputValue()).toBe('mila@exampel.com');
  expect(await form.getByLabel('Company').inputValue()).toBe('Tulip');
  await form.getByLabel('Email').fill('mila@example');
  await form.getByRole('button', { name: 'Save contact' }).click();
  await form.getByRole('alert').getByText('Email is not valid', { exact: true }).waitFor();
  expect(await form.getByLabel('Email').getAttribute('aria-invalid')).toBe('true');

  await form.getByLabel('Email').fill(MILA.email);
  await form.getByLabel('Phone').fill('');
  await form.getByLabel('Company').fill('Tulip Bulbs BV');
  await form.getByRole('button', { name: 'Save contact' }).click();

  const details = panel.getByRole('region', { name: MILA.name });
  await details.getByText(MILA.email, { exact: true }).waitFor();
  await details.getByText('Tulip Bulbs BV').waitFor();
  expect(await details.getByText('020 123 4567').count()).toBe(0);
  await form.waitFor({ state: 'detached' });
  const { token } = await loginAgent(runtime.url, ANNA.email, ANNA.password);
  const card = await api<PersonPanelResponse>(runtime.url, `/api/contacts/${personId}`, { method: 'GET', token });
  expect(card.body.person).toMatchObject({ email: MILA.email, version: 1 });
  expect(card.body.person.phone).toBeUndefined();
}, 60_000);

test("an edit someone else saved while the form was open is shown, not overwritten", async () => {
  const { anna, personId } = await linkedToMistypedContact('020 765 4321');
  const panel = customerPanel(anna);
  await panel.getByRole('button', { name: "Edit the contact's details" }).click();
  const form = panel.getByRole('form', { name: 'Edit contact' });
  await form.getByLabel('Company').fill('Anna’s guess BV');

  const { token } = await loginAgent(runtime.url, BRAM.email, BRAM.password);
  const bram = await api(runtime.url, `/api/contacts/${personId}`, { token, body: { name: MILA.name, email: MILA.email, companyName: 'Tulip Bulbs BV', version: 0 } });
  expect(bram.status).toBe(200);
  await form.getByRole('button', { name: 'Save contact' }).click();

  await panel.getByRole('alert').getByText('Someone else changed this contact just now. Their details are shown; edit again if needed.').waitFor();
  const details = panel.getByRole('region', { name: MILA.name });
  await details.getByText('Tulip Bulbs BV').waitFor();
  await details.getByText(MILA.email, { exact: true }).waitFor();
  expect(await panel.getByText('Anna’s guess BV').count()).toBe(0);
}, 60_000);
