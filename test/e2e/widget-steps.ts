/**
 * Steps the widget tests share. The agent side is a plain WebSocket client (test/support/clients),
 * so these tests watch the widget and the server rather than the console's screens.
 */
import type { Browser, Locator, Page } from 'playwright-core';
import { randomUUID } from 'node:crypto';
import { Client, connectAgent } from '../support/clients';
import { ANNA, startTestRuntime, type TestRuntime } from '../support/runtime';
import { launchChromium } from '../support/browser';
import { startHostSite, type HostSite } from '../support/host-page';
import type { Customer } from './steps';

/** Anna, signed in and Present, so customers get the pre-chat form. */
export async function presentAgent(runtime: TestRuntime): Promise<Client> {
  const agent = await connectAgent(runtime.url, runtime.wsUrl, ANNA.email, ANNA.password);
  agent.send({ action: 'presence.set', status: 'present' });
  await agent.next('presence', (f) => f.status === 'present');
  return agent;
}

/** Answers the oldest waiting chat; returns its id. */
export async function answerNext(agent: Client): Promise<string> {
  // Only a frame after the ask: an earlier chat of this agent's may still send its own (its customer left the page).
  const asked = agent.frames.length;
  agent.send({ action: 'queue.next' });
  const { chat } = await agent.next('chat', (f) => f.chat.status === 'active' && agent.frames.indexOf(f) >= asked);
  return chat.chatId;
}

export function say(agent: Client, chatId: string, text: string): void {
  agent.send({ action: 'message.send', chatId, clientMessageId: randomUUID(), text });
}

/** Resolves once the agent's connection has received a message with this text. */
export const agentReceives = (agent: Client, chatId: string, text: string) => agent.next('message', (f) => f.message.chatId === chatId && f.message.text === text, 15_000);

export const launcher = (page: Page) => page.getByRole('button', { name: /^(Chat with us|Chat met ons)/ });
export const panel = (page: Page) => page.getByRole('region', { name: /^(Chat with us|Chat met ons)$/ });
export const conversation = (page: Page) => page.getByRole('list', { name: /^(Conversation|Gesprek)$/ });

/** The widget's messages holding exactly this text. */
export const bubbles = (page: Page, text: string): Locator => conversation(page).getByRole('listitem').filter({ has: page.getByText(text, { exact: true }) });

/** Fills and sends the pre-chat form of an open panel; resolves once the chat is queued. */
export async function askQuestion(page: Page, customer: Customer): Promise<void> {
  await page.getByLabel('Name').fill(customer.name);
  await page.getByLabel('Email').fill(customer.email);
  await page.getByLabel('Your question').fill(customer.question);
  await page.getByRole('button', { name: 'Start chat' }).click();
  await page.getByText('Waiting for an agent…').waitFor();
}

/** The same in a Dutch widget, opened from its launcher first. */
export async function askQuestionInDutch(page: Page, customer: Customer): Promise<void> {
  await page.getByRole('button', { name: 'Chat met ons' }).click();
  await page.getByLabel('Naam').fill(customer.name);
  await page.getByLabel('E-mailadres').fill(customer.email);
  await page.getByLabel('Je vraag').fill(customer.question);
  await page.getByRole('button', { name: 'Chat starten' }).click();
  await page.getByText('Wachten op een medewerker…').waitFor();
}

/** Types into the widget's composer and sends with ENTER. */
export async function customerSays(page: Page, text: string): Promise<void> {
  const box = panel(page).getByRole('textbox', { name: /^(Message|Bericht)$/ });
  await box.fill(text);
  await box.press('Enter');
}

/** What a widget test file shares: a runtime, Chromium, a customer's site that embeds the widget, and Anna Present. */
export interface HostWorld { runtime: TestRuntime; browser: Browser; site: HostSite; anna: Client }

/** A runtime, Chromium and Anna Present; the widget is seen on the runtime's own demo page. */
export async function openWidgetWorld(): Promise<Omit<HostWorld, 'site'>> {
  const [runtime, browser] = await Promise.all([startTestRuntime(), launchChromium()]);
  return { runtime, browser, anna: await presentAgent(runtime) };
}

/** The same, plus a customer's own site that embeds the widget. */
export async function openHostWorld(): Promise<HostWorld> {
  const world = await openWidgetWorld();
  return { ...world, site: await startHostSite(world.runtime) };
}

/** Closes whatever `openWidgetWorld` or `openHostWorld` got as far as opening. */
export async function closeHostWorld({ runtime, browser, site, anna }: Partial<HostWorld>): Promise<void> {
  await anna?.close();
  await browser?.close();
  await site?.close();
  await runtime?.stop();
}

/**
 * Registers the file's beforeAll and afterAll: `open` (openHostWorld or openWidgetWorld) before its tests, then
 * `started` with the world, awaited so it may go on setting up; whatever was opened is closed after them.
 */
export function worldPerFile<W extends Partial<HostWorld>>(open: () => Promise<W>, started: (world: W) => unknown): void {
  let world: W | undefined;
  beforeAll(async () => {
    world = await open();
    await started(world);
  }, 60_000);
  afterAll(() => closeHostWorld(world ?? {}));
}
