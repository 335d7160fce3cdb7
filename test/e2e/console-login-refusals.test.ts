/** The login page says why a login was refused: a wrong password, then the lockout and how long it lasts. */
import type { Browser } from 'playwright-core';
import type { TestRuntime } from '../support/runtime';
import { BRAM } from '../support/runtime';
import { openPage } from './steps';
import { startRuntimeAndBrowser } from '../support/e2e-world';

let runtime: TestRuntime;
let browser: Browser;

startRuntimeAndBrowser((started) => ({ runtime, browser } = started));

test('five wrong passwords lock the address, and the page says for how long rather than that the server is down', async () => {
  const page = await openPage(browser, runtime, '/agent/');
  await page.getByLabel('Email').fill(BRAM.email);
  for (let i = 0; i < 5; i++) {
    await page.getByLabel('Password').fill(`wrong-${i}`);
    await page.getByRole('button', { name: 'Log in' }).click();
    await page.getByRole('alert').getByText('Wrong email or password.').waitFor();
    // The same alert again: wait until the next try can be told apart from this one.
    await page.getByRole('button', { name: 'Log in' }).and(page.locator(':enabled')).waitFor();
  }

  await page.getByLabel('Password').fill(BRAM.password);
  await page.getByRole('button', { name: 'Log in' }).click();

  await page.getByRole('alert').getByText('Too many failed logins. Try again in 15 minutes.').waitFor();
}, 60_000);
