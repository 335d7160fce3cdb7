/**
 * A manager's Hand over now gives the chat to another agent without an accept step: the receiver is
 * told who handed them which chat (with Show chat), with the beep and notification an offer gets.
 * Not told: a chat they accepted themselves, a chat taken over, or chats already theirs after a reload.
 */
import { randomUUID } from 'node:crypto';
import type { Browser, Page } from 'playwright-core';
import { connectCustomer, type Client } from '../support/clients';
import { ANNA, BRAM, type TestRuntime } from '../support/runtime';
import { startRuntimeAndBrowser } from '../support/e2e-world';
import { ADMIN, openConsole, pagesClosedAfterEach, type Customer } from './steps';
import { consoleRecordingNews, news } from './news-recorder';

let runtime: TestRuntime;
let browser: Browser;
const customers: Client[] = [];

startRuntimeAndBrowser((started) => ({ runtime, browser } = started));
const track = pagesClosedAfterEach();
afterEach(() => Promise.all(customers.splice(0).map((customer) => customer.close())));

const JORIS: Customer = { name: 'Joris Smit', email: 'joris@example.com', question: 'Can I return a skein of yarn I opened?' };
const EVA: Customer = { name: 'Eva de Boer', email: 'eva@example.com', question: 'Can I change my delivery address?' };



/** Bram's console, Present, with its sound and notifications recorded. */
const bramRecording = async () => track(await consoleRecordingNews(browser, runtime, BRAM));

/** `agent` answers a new chat of `who`'s. */
async function answers(agent: Page, who: Customer): Promise<void> {
  const customer = await connectCustomer(runtime.url, runtime.wsUrl);
  customers.push(customer);
  customer.send({ action: 'chat.start', chatId: `e2e-handover-${randomUUID().slice(0, 8)}`, name: who.name, email: who.email, question: who.question });
  await customer.next('chat');
  await agent.getByRole('button', { name: 'Get next in queue' }).click();
  await agent.getByRole('list', { name: 'Conversation' }).getByText(who.question).waitFor();
}

const handedNotices = (page: Page) => page.getByRole('status').filter({ hasText: /handed you the chat/ });

test('Bram, on the Dashboard, is told that Carla handed him the chat, hears it, and Show chat opens it; a reload does not tell it again', async () => {
  const carla = track(await openConsole(browser, runtime, ADMIN, 'Present'));
  const bram = await bramRecording();
  await answers(carla, JORIS);
  await bram.getByRole('tab', { name: /^Dashboard/ }).click();

  await carla.getByRole('main').getByRole('button', { name: 'Transfer', exact: true }).click();
  await carla.getByRole('dialog', { name: 'Transfer chat' }).getByRole('button', { name: `Hand over now to ${BRAM.name}` }).click();
  await carla.getByText(`${BRAM.name} is handling this chat; you are listening`).waitFor();

  const notice = bram.getByRole('status').filter({ hasText: `${ADMIN.name} handed you the chat with ${JORIS.name}` });
  await notice.waitFor();
  const heard = await news(bram);
  expect(heard.tones).toBeGreaterThanOrEqual(1);
  expect(heard.notifications).toContainEqual({ title: 'Chat handed to you', body: `${ADMIN.name} handed you the chat with ${JORIS.name}` });

  await notice.getByRole('button', { name: 'Show chat' }).click();
  await bram.getByRole('tab', { name: /^Chats/, selected: true }).waitFor();
  await bram.getByRole('region', { name: `Chat with ${JORIS.name}` }).getByText(JORIS.question).waitFor();
  await bram.getByRole('textbox', { name: 'Message' }).waitFor();
  expect(await notice.count()).toBe(0);

  // Already his: a reload syncs the chat back without news.
  await bram.reload();
  await bram.getByRole('region', { name: `Chat with ${JORIS.name}` }).getByText(JORIS.question).waitFor();
  await bram.getByRole('button', { name: 'Get next in queue' }).waitFor();
  await bram.waitForTimeout(500);
  expect(await handedNotices(bram).count()).toBe(0);
  expect((await news(bram)).notifications.filter((n) => n.title === 'Chat handed to you')).toEqual([]);

  // Carla takes it back: that is hers, not handed to her, and nobody is told so.
  await carla.getByRole('main').getByRole('button', { name: 'Take over' }).click();
  await carla.getByRole('textbox', { name: 'Message' }).waitFor();
  await bram.getByText(`${ADMIN.name} is handling this chat; you are listening`).waitFor();
  await carla.waitForTimeout(300);
  expect(await handedNotices(carla).count()).toBe(0);
  expect(await handedNotices(bram).count()).toBe(0);
}, 60_000);

test('a chat Bram accepted from an offer is not announced as handed to him', async () => {
  const anna = track(await openConsole(browser, runtime, ANNA, 'Present'));
  const bram = await bramRecording();
  await answers(anna, EVA);
  await anna.getByRole('main').getByRole('button', { name: 'Transfer', exact: true }).click();
  await anna.getByRole('dialog', { name: 'Transfer chat' }).getByRole('button', { name: `Transfer to ${BRAM.name}` }).click();
  await bram.getByRole('navigation', { name: 'Chats' }).getByRole('button').filter({ hasText: EVA.name }).click();
  await bram.getByRole('button', { name: 'Accept transfer' }).click();
  await bram.getByRole('textbox', { name: 'Message' }).waitFor();
  await anna.getByText(`${BRAM.name} accepted the chat`).waitFor();
  await bram.waitForTimeout(500);
  expect(await handedNotices(bram).count()).toBe(0);
  expect((await news(bram)).notifications.map((n) => n.title)).not.toContain('Chat handed to you');
}, 60_000);
