/** The whole loop in a real browser: a customer on the demo shop page and an agent in the console, side by side. */
import type { Browser, Page } from 'playwright-core';
import { ANNA, type TestRuntime } from '../support/runtime';
import { startRuntimeAndBrowser } from '../support/e2e-world';

let runtime: TestRuntime;
let browser: Browser;

startRuntimeAndBrowser((started) => ({ runtime, browser } = started));

async function openPage(path: string): Promise<Page> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(runtime.url + path);
  return page;
}

test('a customer asks on the shop page, an agent answers in the console, and the agent ends the chat', async () => {
  const agent = await openPage('/agent/');
  await agent.getByLabel('Email').fill(ANNA.email);
  await agent.getByLabel('Password').fill(ANNA.password);
  await agent.getByRole('button', { name: 'Log in' }).click();
  await agent.getByRole('button', { name: 'Present' }).click();
  await agent.getByRole('button', { name: 'Present', pressed: true }).waitFor();

  const shop = await openPage('/demo/');
  await shop.getByRole('button', { name: 'Chat with us' }).click();
  await shop.getByLabel('Name').fill('Mila Bakker');
  await shop.getByLabel('Email').fill('mila@example.com');
  await shop.getByLabel('Your question').fill('Do you ship tulip bulbs to Belgium?');
  await shop.getByRole('button', { name: 'Start chat' }).click();
  await shop.getByText('Waiting for an agent…').waitFor();

  await agent.getByLabel('In queue').filter({ hasText: /^1$/ }).waitFor();
  await agent.getByRole('button', { name: 'Get next in queue' }).click();
  const conversation = agent.getByRole('list', { name: 'Conversation' });
  await conversation.getByText('Do you ship tulip bulbs to Belgium?').waitFor();
  await agent.getByLabel('In queue').filter({ hasText: /^0$/ }).waitFor();

  const agentBox = agent.getByRole('textbox', { name: 'Message' });
  await agentBox.fill('Yes, we ship to Belgium within three days.');
  await agentBox.press('Enter');
  await shop.getByText('Yes, we ship to Belgium within three days.').waitFor();
  await shop.getByText(`You are chatting with ${ANNA.name}.`).waitFor();

  await shop.getByLabel('Message').fill('Great, thank you!');
  await shop.getByRole('button', { name: 'Send' }).click();
  await conversation.getByText('Great, thank you!').waitFor();

  // End chat asks first; keeping the chat changes nothing.
  const chat = agent.getByRole('region', { name: 'Chat with Mila Bakker' });
  await chat.getByRole('button', { name: 'End chat' }).click();
  const ask = agent.getByRole('dialog', { name: 'End the chat with Mila Bakker?' });
  await ask.getByRole('button', { name: 'Keep chatting' }).click();
  await ask.waitFor({ state: 'detached' });
  expect(await chat.locator('header .badge').textContent()).toBe('Active');
  await chat.getByRole('button', { name: 'End chat' }).click();
  await ask.getByRole('button', { name: 'End chat' }).click();
  await shop.getByText('This chat has ended').waitFor();
  await agent.getByText('This chat has ended.').waitFor();
  expect(await conversation.getByText('Great, thank you!').count()).toBe(1);
  expect(await shop.getByText('Yes, we ship to Belgium within three days.').count()).toBe(1);
}, 60_000);
