/**
 * The Admin tab's Agents list follows changes made elsewhere (another admin, the CLI): read again
 * every 30 s, when the page shows again, and at once after a refusal that says it was out of date.
 */
import type { Browser, Page } from 'playwright-core';
import { asAdmin } from '../support/admin';
import type { TestRuntime } from '../support/runtime';
import { startRuntimeAndBrowser } from '../support/e2e-world';
import { ADMIN, pagesClosedAfterEach } from './steps';

let runtime: TestRuntime;
let browser: Browser;

startRuntimeAndBrowser((started) => ({ runtime, browser } = started));
const track = pagesClosedAfterEach();

/** Adds an agent with `role` through the admin API (as another admin or the CLI would); its id. */
async function added(name: string, email: string, role: 'agent' | 'admin'): Promise<string> {
  const { body } = await (await asAdmin(runtime.url)).create({ name, email, role, credential: { kind: 'password', password: `${email}-password` } });
  return body.agent.id;
}

async function changedElsewhere(agentId: string, change: object): Promise<void> {
  const { status } = await (await asAdmin(runtime.url)).change(agentId, change);
  if (status !== 200) throw new Error(`the change answered ${status}`);
}

/** Carla's Admin tab, its Agents list shown; with `clock`, its timers run on a clock the test moves on. */
async function adminTab(options: { clock?: boolean } = {}): Promise<Page> {
  const page = track(await (await browser.newContext()).newPage());
  if (options.clock) await page.clock.install();
  await page.goto(`${runtime.url}/agent/`);
  await page.getByLabel('Email').fill(ADMIN.email);
  await page.getByLabel('Password').fill(ADMIN.password);
  await page.getByRole('button', { name: 'Log in' }).click();
  await page.getByRole('tab', { name: 'Admin' }).click();
  await page.getByRole('table', { name: 'Agents' }).waitFor();
  return page;
}

const roleCell = (page: Page, name: string) => page.getByRole('table', { name: 'Agents' }).getByRole('row').filter({ hasText: name }).getByRole('cell').nth(1);

/** Makes the page hidden (another tab in front) or visible again, as the browser tells it. */
async function pageShown(page: Page, shown: boolean): Promise<void> {
  await page.evaluate((visible) => {
    Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => (visible ? 'visible' : 'hidden') });
    document.dispatchEvent(new Event('visibilitychange'));
  }, shown);
}

test('a role changed elsewhere shows in an open Agents list within 30 seconds', async () => {
  const id = await added('Joost Smit', 'joost@parley.test', 'agent');
  const carla = await adminTab({ clock: true });
  expect(await roleCell(carla, 'Joost Smit').textContent()).toBe('Agent');

  await changedElsewhere(id, { change: 'role', role: 'manager' });
  await carla.clock.fastForward(31_000);

  await roleCell(carla, 'Joost Smit').getByText('Manager', { exact: true }).waitFor({ timeout: 5_000 });
}, 60_000);

test('an Agents list is read again when its page shows again after being hidden', async () => {
  const id = await added('Fenna Bos', 'fenna@parley.test', 'agent');
  const carla = await adminTab();
  expect(await roleCell(carla, 'Fenna Bos').textContent()).toBe('Agent');
  await pageShown(carla, false);

  await changedElsewhere(id, { change: 'role', role: 'manager' });
  await pageShown(carla, true);

  await roleCell(carla, 'Fenna Bos').getByText('Manager', { exact: true }).waitFor({ timeout: 5_000 });
}, 60_000);

test('a demotion refused as the last active admin reads the list again, so it no longer shows the other admin', async () => {
  const dirk = await added('Dirk Admin', 'dirk@parley.test', 'admin');
  const carla = await adminTab();
  expect(await roleCell(carla, 'Dirk Admin').textContent()).toBe('Admin');
  await changedElsewhere(dirk, { change: 'role', role: 'agent' });

  await carla.getByRole('button', { name: `Change role of ${ADMIN.name}` }).click();
  const dialog = carla.getByRole('dialog', { name: `Change role of ${ADMIN.name}` });
  await dialog.getByLabel('Role').selectOption('agent');
  await dialog.getByRole('button', { name: 'Save' }).click();

  await dialog.getByRole('alert').getByText('This is the last active admin.', { exact: false }).waitFor();
  await roleCell(carla, 'Dirk Admin').getByText('Agent', { exact: true }).waitFor({ timeout: 5_000 });
}, 60_000);

test('a refused Reactivate says the reactivation failed and why, not that the agents could not be loaded', async () => {
  const id = await added('Lies Jansen', 'lies@parley.test', 'agent');
  await changedElsewhere(id, { change: 'deactivate' });
  const carla = await adminTab();
  await carla.route(`**/api/admin/agents/${id}`, (route) =>
    route.fulfill({ status: 409, contentType: 'application/json', body: JSON.stringify({ error: 'The agent was changed meanwhile; reload and try again', refusal: 'changed-meanwhile' }) }));

  await carla.getByRole('button', { name: 'Reactivate Lies Jansen' }).click();

  await carla.getByRole('alert').getByText('Lies Jansen could not be reactivated. This agent was changed meanwhile. Reload and try again.').waitFor();
  expect(await carla.getByText('The agents could not be loaded.').count()).toBe(0);
}, 60_000);
