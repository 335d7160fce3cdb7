/**
 * The post-chat form in a real browser: the agent ends the chat in the console, the customer rates it
 * and asks for the transcript, which lands in the local mailbox; "Back to chat" makes it active again
 * for the agent, with the whole history.
 */
import type { Browser } from 'playwright-core';
import { seriousViolations } from '../support/axe';
import { ANNA, type TestRuntime } from '../support/runtime';
import { startHostSite } from '../support/host-page';
import { endedChat as endedChatWithAnna, openConsole, openPage, startChat, type Customer, endChat } from './steps';
import { presentAgent, askQuestionInDutch } from './widget-steps';
import { startRuntimeAndBrowser } from '../support/e2e-world';

let runtime: TestRuntime;
let browser: Browser;

startRuntimeAndBrowser((started) => ({ runtime, browser } = started));

const endedChat = (customer: Customer, reply: string) => endedChatWithAnna(browser, runtime, customer, reply);

test('the customer rates the ended chat (the agent sees it) and asks for the transcript at another address; it is in the local mailbox', async () => {
  const lotte: Customer = { name: 'Lotte Jansen', email: 'lotte@example.com', question: 'Do you sell gift cards?' };
  const { anna, shop } = await endedChat(lotte, 'Yes, from 10 euro.');

  const rating = shop.getByRole('group', { name: /How was this chat/ });
  await rating.waitFor();
  expect(await seriousViolations(shop)).toEqual([]);
  // The form's own styles (a part's stylesheet) are in: the radios are hidden behind their drawn boxes.
  const radio = rating.getByRole('radio', { name: '4 of 5' });
  expect(await radio.evaluate((el) => [getComputedStyle(el).position, getComputedStyle(el).opacity])).toEqual(['absolute', '0']);
  expect(await radio.evaluate((el) => getComputedStyle(el.nextElementSibling!).borderTopStyle)).toBe('solid');
  await radio.check();
  await shop.getByLabel('Comment (optional)').fill('Friendly and quick');
  await shop.getByRole('checkbox', { name: 'Send me the transcript' }).check();
  const address = shop.getByRole('textbox', { name: 'Email', exact: true });
  expect(await address.inputValue()).toBe(lotte.email);
  await address.fill('lotte.work@example.com');
  await shop.getByRole('button', { name: 'Send', exact: true }).click();
  await shop.getByText('Thank you for your feedback.').waitFor();
  await anna.getByRole('note', { name: "Customer's feedback" }).getByText('rated 4 of 5 · “Friendly and quick”').waitFor();

  const mailbox = await openPage(browser, runtime, '/mailbox/');
  const row = mailbox.getByRole('table', { name: 'Mail' }).getByRole('row').filter({ hasText: 'lotte.work@example.com' });
  await row.getByRole('link', { name: 'Your chat transcript' }).click();
  await mailbox.getByRole('heading', { name: 'Your chat transcript' }).waitFor();
  await mailbox.getByText(`${ANNA.name}: Yes, from 10 euro.`).waitFor();
  expect(await mailbox.getByText(`${lotte.name}: ${lotte.question}`).count()).toBe(1);
}, 60_000);

test("the chat's last lines stay in view above the post-chat form that takes room from them", async () => {
  const iris: Customer = { name: 'Iris Mulder', email: 'iris@example.com', question: 'My order arrived damaged, the box was crushed and two jars broke.' };
  const anna = await openConsole(browser, runtime, ANNA, 'Present');
  const shop = await startChat(browser, runtime, iris);
  await anna.getByRole('button', { name: 'Get next in queue' }).click();
  await anna.getByRole('textbox', { name: 'Message' }).fill('I am sorry to hear that. I have asked our warehouse to send you two new jars today, at our cost.');
  await anna.getByRole('textbox', { name: 'Message' }).press('Enter');
  await anna.getByRole('main').getByRole('button', { name: 'Create request' }).click();
  await anna.getByRole('dialog', { name: 'Create request' }).getByLabel('Title').fill('Two jars broken in transit');
  await anna.getByRole('dialog', { name: 'Create request' }).getByRole('button', { name: 'Create request' }).click();
  await shop.getByText(/^Request #\d+ has been created for you$/).waitFor();
  await endChat(anna);
  await shop.getByRole('group', { name: /How was this chat/ }).waitFor();
  const conversation = shop.getByRole('list', { name: 'Conversation' });
  const last = conversation.getByText(`${ANNA.name} ended the chat`);
  // The form comes in after the end's line was scrolled to: the list must keep its bottom in view as it shrinks.
  expect(await conversation.evaluate((list) => list.scrollHeight > list.clientHeight)).toBe(true);
  const inView = ([list, line]: Element[]) => line.getBoundingClientRect().bottom <= list.getBoundingClientRect().bottom + 1;
  // At once: Anna's console reports reading the end some seconds later, which scrolls the list anyway.
  await shop.waitForFunction(inView, [await conversation.elementHandle(), await last.elementHandle()], { timeout: 1000 });
}, 60_000);

test('Back to chat makes the chat active again for its agent, with the whole history and the answers given before', async () => {
  const daan: Customer = { name: 'Daan Smit', email: 'daan@example.com', question: 'Can I return a used kettle?' };
  const { anna, shop } = await endedChat(daan, 'Within 30 days, yes.');
  await anna.getByText('This chat has ended.').waitFor();
  await shop.getByRole('group', { name: /How was this chat/ }).getByRole('radio', { name: '2 of 5' }).check();
  await shop.getByLabel('Comment (optional)').fill('Not what I hoped');
  await shop.getByRole('button', { name: 'Send', exact: true }).click();
  await shop.getByText('Thank you for your feedback.').waitFor();

  await shop.getByRole('button', { name: 'Back to chat' }).click();
  await shop.getByText(`You are chatting with ${ANNA.name}.`).waitFor();
  // The answers given before stay with the chat for its agent.
  await anna.getByRole('note', { name: "Customer's feedback before returning to the chat" }).getByText('rated 2 of 5 · “Not what I hoped”').waitFor();
  await shop.getByRole('textbox', { name: 'Message' }).fill('And without the box?');
  await shop.getByRole('textbox', { name: 'Message' }).press('Enter');

  const conversation = anna.getByRole('list', { name: 'Conversation' });
  await conversation.getByText('And without the box?').waitFor();
  await conversation.getByText(`${daan.name} returned to the chat`).waitFor();
  for (const earlier of [daan.question, 'Within 30 days, yes.']) await conversation.getByText(earlier, { exact: true }).waitFor();
  await anna.getByRole('navigation', { name: 'Chats' }).getByRole('region', { name: 'My chats' }).getByRole('button', { name: new RegExp(daan.name) }).waitFor();
  expect(await anna.getByText('This chat has ended.').count()).toBe(0);
  expect(await shop.getByRole('button', { name: 'Back to chat' }).count()).toBe(0);
}, 60_000);

test('a customer who ends the chat reads "You ended the chat", and "You returned to the chat" on the way back; the agent reads their name', async () => {
  const sem: Customer = { name: 'Sem de Wit', email: 'sem@example.com', question: 'Do you sell knitting needles?' };
  const anna = await openConsole(browser, runtime, ANNA, 'Present');
  const shop = await startChat(browser, runtime, sem);
  await anna.getByRole('button', { name: 'Get next in queue' }).click();
  // Anna still has the previous test's chat: type once Sem's is the one open.
  await anna.getByRole('region', { name: `Chat with ${sem.name}` }).getByText(sem.question).waitFor();
  await anna.getByRole('textbox', { name: 'Message' }).fill('Yes, in bamboo and steel.');
  await anna.getByRole('textbox', { name: 'Message' }).press('Enter');
  await shop.getByText('Yes, in bamboo and steel.', { exact: true }).waitFor();

  await shop.getByRole('button', { name: 'End chat' }).click();
  await shop.getByText('You ended the chat', { exact: true }).waitFor();
  const conversation = anna.getByRole('list', { name: 'Conversation' });
  await conversation.getByText(`${sem.name} ended the chat`, { exact: true }).waitFor();
  expect(await shop.getByText(`${sem.name} ended the chat`).count()).toBe(0);

  await shop.getByRole('button', { name: 'Back to chat' }).click();
  await shop.getByText('You returned to the chat', { exact: true }).waitFor();
  await conversation.getByText(`${sem.name} returned to the chat`, { exact: true }).waitFor();
}, 60_000);

test('a chat that ended before an agent answered asks for no rating, and offers Back to chat and a new chat', async () => {
  const anna = await openConsole(browser, runtime, ANNA, 'Present');
  const shop = await startChat(browser, runtime, { name: 'Vera Smit', email: 'vera@example.com', question: 'Never mind, found it.' });
  await anna.getByRole('tab', { name: /^Dashboard, \d+ waiting/ }).waitFor();
  await shop.getByRole('button', { name: 'End chat' }).click();
  await shop.getByText('You ended the chat', { exact: true }).waitFor();
  await shop.getByRole('button', { name: 'Back to chat' }).waitFor();
  await shop.getByRole('button', { name: 'Start a new chat' }).waitFor();
  expect(await shop.getByRole('group', { name: /How was this chat/ }).count()).toBe(0);
}, 60_000);

test('in Dutch the form, its rating and Back to chat are Dutch too', async () => {
  const [site, anna] = await Promise.all([startHostSite(runtime), presentAgent(runtime)]);
  try {
    const shop = await site.open(browser, { snippet: { 'data-lang': 'nl' } });
    await askQuestionInDutch(shop, { name: 'Mila Bakker', email: 'mila@example.com', question: 'Hebben jullie cadeaubonnen?' });
    // Claimed by id: Anna's connection also follows her earlier chats of this file.
    const { entries } = await anna.next('queue', (f) => f.entries.some((e) => e.preview === 'Hebben jullie cadeaubonnen?'), 15_000);
    const { chatId } = entries.find((e) => e.preview === 'Hebben jullie cadeaubonnen?')!;
    anna.send({ action: 'queue.claim', chatId });
    await anna.next('chat', (f) => f.chat.chatId === chatId && f.chat.status === 'active');
    anna.send({ action: 'chat.end', chatId });

    const rating = shop.getByRole('group', { name: 'Hoe was deze chat? (1 = slecht, 5 = uitstekend)' });
    await rating.getByRole('radio', { name: '5 van 5' }).check();
    await shop.getByRole('checkbox', { name: 'Stuur mij het gesprek per e-mail' }).waitFor();
    await shop.getByRole('button', { name: 'Terug naar de chat' }).waitFor();
    await shop.getByRole('button', { name: 'Verzenden', exact: true }).click();
    await shop.getByText('Bedankt voor je reactie.').waitFor();
  } finally {
    await anna.close();
    await site.close();
  }
}, 60_000);
