/**
 * axe-core finds no serious or critical accessibility violations in the widget (launcher, pre-chat
 * form, a chat in progress, the offline form) or in the agent console (login, the Chats tab with a
 * chat open, the Dashboard).
 */
import type { Browser, Page } from 'playwright-core';
import { seriousViolations } from '../support/axe';
import type { Client } from '../support/clients';
import { ANNA, type TestRuntime } from '../support/runtime';
import { MILA, NOOR, incomingRow, openConsole, openPage, startChat } from './steps';
import { answerNext, askQuestion, bubbles, launcher, presentAgent, say } from './widget-steps';
import { startRuntimeAndBrowser } from '../support/e2e-world';

let runtime: TestRuntime;
let browser: Browser;

startRuntimeAndBrowser((started) => ({ runtime, browser } = started));

const expectAccessible = async (page: Page) => expect(await seriousViolations(page)).toEqual([]);

const consoleFindings = seriousViolations;

describe('the widget', () => {
  let anna: Client;
  beforeAll(async () => {
    anna = await presentAgent(runtime);
  });
  afterAll(() => anna?.close());

  test('the launcher, the pre-chat form and a chat in progress', async () => {
    const shop = await openPage(browser, runtime, '/demo/');
    await launcher(shop).waitFor();
    await expectAccessible(shop);
    await launcher(shop).click();
    await shop.getByLabel('Name').waitFor();
    await expectAccessible(shop);
    await askQuestion(shop, MILA);
    const chatId = await answerNext(anna);
    say(anna, chatId, 'Hello from Anna.');
    await bubbles(shop, 'Hello from Anna.').waitFor();
    await expectAccessible(shop);
  }, 60_000);

  test('the offline form', async () => {
    anna.send({ action: 'presence.set', status: 'away' });
    await anna.next('presence', (f) => f.status === 'away');
    const shop = await openPage(browser, runtime, '/demo/');
    await launcher(shop).click();
    await shop.getByRole('button', { name: 'Send message' }).waitFor();
    await expectAccessible(shop);
  }, 60_000);
});

describe('the agent console', () => {
  test('the login screen', async () => {
    const page = await openPage(browser, runtime, '/agent/');
    await page.getByRole('button', { name: 'Log in' }).waitFor();
    expect(await consoleFindings(page)).toEqual([]);
  }, 60_000);

  test('the Chats tab with a chat open, and the Dashboard', async () => {
    const agent = await openConsole(browser, runtime, ANNA, 'Present');
    await startChat(browser, runtime, NOOR);
    await agent.getByRole('button', { name: 'Get next in queue' }).click();
    await agent.getByRole('list', { name: 'Conversation' }).getByText(NOOR.question).waitFor();
    expect(await consoleFindings(agent)).toEqual([]);

    await startChat(browser, runtime, MILA);
    await agent.getByRole('tab', { name: 'Dashboard, 1 waiting' }).click();
    await incomingRow(agent, MILA).waitFor();
    expect(await consoleFindings(agent)).toEqual([]);
  }, 60_000);
});
