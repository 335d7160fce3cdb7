/**
 * The Admin tab: an admin adds agents (with a password, or a one-time link the agent opens in
 * their own browser) and deactivates one, who is then shown out of their console at once.
 */
import type { Browser, Page } from 'playwright-core';
import { asAdmin } from '../support/admin';
import { seriousViolations } from '../support/axe';
import { ANNA, type TestRuntime } from '../support/runtime';
import type { DemoLogin } from '../../infra/local/demo-logins';
import { startRuntimeAndBrowser } from '../support/e2e-world';
import { ADMIN, openConsole, openPage, pagesClosedAfterEach } from './steps';

let runtime: TestRuntime;
let browser: Browser;

startRuntimeAndBrowser((started) => ({ runtime, browser } = started));
const track = pagesClosedAfterEach();

async function adminTab(): Promise<Page> {
  const page = track(await openConsole(browser, runtime, ADMIN, 'Away'));
  await page.getByRole('tab', { name: 'Admin' }).click();
  await page.getByRole('table', { name: 'Agents' }).waitFor();
  return page;
}

async function addAgent(page: Page, name: string, email: string, credential: { password: string } | 'link') {
  await page.getByRole('button', { name: 'Add agent' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add agent' });
  await dialog.getByLabel('Name').fill(name);
  await dialog.getByLabel('Email').fill(email);
  await dialog.getByLabel('Role').selectOption('agent');
  if (credential === 'link') await dialog.getByLabel('Create a one-time set-password link').check();
  else {
    await dialog.getByLabel('Set a password now').check();
    await dialog.getByLabel('New password').fill(credential.password);
  }
  await dialog.getByRole('button', { name: 'Add agent' }).click();
}

const agentRow = (page: Page, name: string) => page.getByRole('table', { name: 'Agents' }).getByRole('row').filter({ hasText: name });

test('an admin adds an agent with a password; the new agent logs in in another browser', async () => {
  const admin = await adminTab();
  await addAgent(admin, 'Roos Peters', 'roos@parley.test', { password: 'roos-password-1' });
  await agentRow(admin, 'Roos Peters').getByText('Active').waitFor();

  const roos: DemoLogin = { name: 'Roos Peters', email: 'roos@parley.test', password: 'roos-password-1', role: 'agent' };
  const console = track(await openConsole(browser, runtime, roos, 'Present'));
  await console.getByText('Roos Peters').first().waitFor();
  await admin.getByRole('table', { name: 'Audit log' }).getByRole('row').filter({ hasText: 'roos@parley.test' }).getByText('Created').waitFor();
});

test('an agent invited with a link sets their password and logs in', async () => {
  const admin = await adminTab();
  await addAgent(admin, 'Sem de Boer', 'sem@parley.test', 'link');
  const link = await admin.getByRole('dialog', { name: 'Set-password link' }).getByLabel('Link').inputValue();

  const sem = track(await openPage(browser, runtime, new URL(link).pathname + new URL(link).hash));
  await sem.getByLabel('New password').fill('sem-password-1');
  await sem.getByLabel('Repeat the password').fill('sem-password-1');
  await sem.getByRole('button', { name: 'Set password' }).click();
  await sem.getByText('Your password is set. Log in with sem@parley.test.').waitFor();
  // The address is filled in already, and the password field has the focus: only the password is left to type.
  expect(await sem.getByLabel('Email').inputValue()).toBe('sem@parley.test');
  await sem.keyboard.type('sem-password-1');
  expect(await sem.getByLabel('Password').inputValue()).toBe('sem-password-1');
  await sem.getByRole('button', { name: 'Log in' }).click();
  await sem.getByRole('group', { name: 'Status' }).waitFor();
});

test('deactivating an agent shows them out of their console at once', async () => {
  const api = await asAdmin(runtime.url);
  await api.create({ name: 'Tess Smit', email: 'tess@parley.test', role: 'agent', credential: { kind: 'password', password: 'tess-password-1' } });
  const tess = track(await openConsole(browser, runtime, { name: 'Tess Smit', email: 'tess@parley.test', password: 'tess-password-1', role: 'agent' }, 'Present'));
  const admin = await adminTab();

  await agentRow(admin, 'Tess Smit').getByRole('button', { name: 'Deactivate Tess Smit' }).click();
  const deactivate = admin.getByRole('dialog', { name: 'Deactivate Tess Smit' });
  await deactivate.getByText(/Their ongoing chats go back to the queue for a colleague to answer/).waitFor();
  await deactivate.getByRole('button', { name: 'Deactivate' }).click();

  await agentRow(admin, 'Tess Smit').getByText('Deactivated').waitFor();
  await tess.getByRole('button', { name: 'Log in' }).waitFor();
  await tess.getByText('You were signed out: your session expired, or an administrator changed your account. Please log in again.').waitFor();
});

test('an admin changes a role and resets a password from the Agents list; the Audit log shows both', async () => {
  const api = await asAdmin(runtime.url);
  await api.create({ name: 'Umar Kok', email: 'umar@parley.test', role: 'agent', credential: { kind: 'password', password: 'umar-password-1' } });
  const admin = await adminTab();

  await agentRow(admin, 'Umar Kok').getByRole('button', { name: 'Change role of Umar Kok' }).click();
  const roleDialog = admin.getByRole('dialog', { name: 'Change role of Umar Kok' });
  await roleDialog.getByLabel('Role').selectOption('manager');
  await roleDialog.getByRole('button', { name: 'Save' }).click();
  await agentRow(admin, 'Umar Kok').getByRole('cell', { name: 'Manager' }).waitFor();

  await agentRow(admin, 'Umar Kok').getByRole('button', { name: 'Reset password of Umar Kok' }).click();
  const resetDialog = admin.getByRole('dialog', { name: 'Reset password of Umar Kok' });
  await resetDialog.getByLabel('Set a password now').check();
  await resetDialog.getByLabel('New password').fill('umar-password-2');
  await resetDialog.getByRole('button', { name: 'Save' }).click();

  const log = admin.getByRole('table', { name: 'Audit log' });
  await log.getByRole('row').filter({ hasText: 'Password reset' }).filter({ hasText: 'Umar Kok' }).waitFor();
  await log.getByRole('row').filter({ hasText: 'Role: Agent → Manager' }).waitFor();
  expect((await api.list()).body.agents.find((a) => a.email === 'umar@parley.test')?.role).toBe('manager');
});

test('a refusal in Add agent goes away once the admin edits the form', async () => {
  const admin = await adminTab();
  await addAgent(admin, 'Anna Again', ANNA.email, 'link');
  const dialog = admin.getByRole('dialog', { name: 'Add agent' });
  await dialog.getByRole('alert').waitFor();

  await dialog.getByLabel('Email').fill('anna.again@parley.test');
  expect(await dialog.getByRole('alert').count()).toBe(0);
  await dialog.getByRole('button', { name: 'Add agent' }).click();
  await agentRow(admin, 'Anna Again').waitFor();
});

test('agents do not get the Admin tab', async () => {
  const anna = track(await openConsole(browser, runtime, ANNA, 'Away'));
  await anna.getByRole('tab', { name: /Chats/ }).waitFor();
  expect(await anna.getByRole('tab', { name: 'Admin' }).count()).toBe(0);
});

test('the Admin tab and its Add agent dialog have no serious accessibility findings', async () => {
  const admin = await adminTab();
  const onTab = await seriousViolations(admin);
  await admin.getByRole('button', { name: 'Add agent' }).click();
  await admin.getByRole('dialog', { name: 'Add agent' }).getByLabel('Name').waitFor();
  expect([...onTab, ...(await seriousViolations(admin))]).toEqual([]);
});
