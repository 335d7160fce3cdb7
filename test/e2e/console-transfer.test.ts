/**
 * Transfer in the console: Anna offers a chat to Bram, who accepts it (Anna then only listens and
 * may close it) or rejects it (Anna keeps it); Anna can also cancel an offer Bram has not answered.
 */
import { randomUUID } from 'node:crypto';
import type { Browser, Page } from 'playwright-core';
import { injectAxe } from '../support/axe';
import { connectCustomer, type Client } from '../support/clients';
import { ANNA, BRAM, type TestRuntime } from '../support/runtime';
import { freshRuntimePerTest } from '../support/e2e-world';
import { MILA, NOOR, openConsole, type Customer } from './steps';

let runtime: TestRuntime;
let browser: Browser;
const pages: Page[] = [];
const customers: Client[] = [];

freshRuntimePerTest((started) => ({ runtime, browser } = started));
afterEach(async () => {
  await Promise.all(pages.splice(0).map((page) => page.context().close()));
  await Promise.all(customers.splice(0).map((customer) => customer.close()));
});

/** axe-core's findings inside `selector` (WCAG 2.1 A and AA), as "rule: target" lines. */
async function axeViolations(page: Page, selector: string): Promise<string[]> {
  await injectAxe(page);
  return page.evaluate(async (include) => {
    const axe = (window as unknown as { axe: typeof import('axe-core') }).axe;
    const result = await axe.run({ include: [include] }, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] });
    return result.violations.flatMap((v) => v.nodes.map((node) => `${v.id}: ${node.target.join(' ')}`));
  }, selector);
}

/**
 * Anna and Bram Present in their own browsers, and a customer whose chat Anna has answered.
 * The chat id is new on every attempt, so that a retried test does not meet its first attempt's chat.
 */
async function annaAnswers(idPrefix: string, who: Customer) {
  const chatId = `${idPrefix}-${randomUUID().slice(0, 8)}`;
  const anna = await openConsole(browser, runtime, ANNA, 'Present');
  const bram = await openConsole(browser, runtime, BRAM, 'Present');
  pages.push(anna, bram);
  const customer = await connectCustomer(runtime.url, runtime.wsUrl);
  customers.push(customer);
  customer.send({ action: 'chat.start', chatId, name: who.name, email: who.email, question: who.question });
  await customer.next('chat');
  await anna.getByRole('button', { name: 'Get next in queue' }).click();
  await anna.getByRole('list', { name: 'Conversation' }).getByText(who.question).waitFor();
  await customer.next('message', (f) => f.message.event === 'joined');
  return { anna, bram, customer, chatId };
}

async function offerToBram(anna: Page, who: Customer) {
  await anna.getByRole('main').getByRole('button', { name: 'Transfer', exact: true }).click();
  const dialog = anna.getByRole('dialog', { name: 'Transfer chat' });
  await dialog.getByRole('button', { name: 'Transfer to Bram Jansen' }).click();
  await dialog.waitFor({ state: 'detached' });
  await anna.getByText('Waiting for Bram Jansen to accept…').waitFor();
  await anna.getByRole('navigation', { name: 'Chats' }).getByRole('button').filter({ hasText: who.name }).getByText('Transferring to Bram Jansen').waitFor();
}

const CARLA = { name: 'Carla Admin', email: 'admin@parley.test', password: 'parley-admin', role: 'admin' as const };
const SEM: Customer = { name: 'Sem Peters', email: 'sem@example.com', question: 'I moved: where do I give my new address?' };
const EVA: Customer = { name: 'Eva de Boer', email: 'eva@example.com', question: 'Can I change my delivery address?' };

/** The chat offered to Bram, in his list. */
const bramsOffer = (bram: Page) => bram.getByRole('navigation', { name: 'Chats' }).getByRole('button').filter({ hasText: 'Transfer from Anna de Vries' });

/** Anna answers Noor, then Eva, and offers both chats to Bram, Eva's last. */
async function twoOffersToBram(idPrefix: string) {
  const { anna, bram } = await annaAnswers(idPrefix, NOOR);
  await offerToBram(anna, NOOR);
  const eva = await connectCustomer(runtime.url, runtime.wsUrl);
  customers.push(eva);
  eva.send({ action: 'chat.start', chatId: `${idPrefix}-eva-${randomUUID().slice(0, 8)}`, ...EVA });
  await eva.next('chat');
  await anna.getByRole('button', { name: 'Get next in queue' }).click();
  await anna.getByRole('list', { name: 'Conversation' }).getByText(EVA.question).waitFor();
  await offerToBram(anna, EVA);
  return { anna, bram };
}

test('Bram accepts: he answers the customer, who sees who transferred the chat to him; Anna only listens, after a reload too, and may close the chat', async () => {
  const { anna, bram, customer } = await annaAnswers('e2e-transfer-01', MILA);
  await anna.getByRole('main').getByRole('button', { name: 'Transfer', exact: true }).click();
  const dialog = anna.getByRole('dialog', { name: 'Transfer chat' });
  await dialog.getByRole('button', { name: 'Transfer to Bram Jansen' }).waitFor();
  expect(await dialog.getByRole('button', { name: /Hand over now/ }).count()).toBe(0);
  expect(await axeViolations(anna, 'dialog')).toEqual([]);
  await anna.keyboard.press('Escape');
  await dialog.waitFor({ state: 'detached' });
  await offerToBram(anna, MILA);

  await bramsOffer(bram).filter({ hasText: MILA.name }).click();
  await bram.getByRole('list', { name: 'Conversation' }).getByText(MILA.question).waitFor();
  expect(await bram.getByRole('textbox', { name: 'Message' }).count()).toBe(0);
  expect(await axeViolations(bram, '.tabpanel-chats')).toEqual([]);
  expect(await axeViolations(anna, '.tabpanel-chats')).toEqual([]);
  // The open chat's own bar asks; the notice above does not say it again.
  await bram.getByText('Anna de Vries wants to transfer this chat to you.').waitFor();
  expect(await bram.getByRole('status').filter({ hasText: `the chat with ${MILA.name} to you` }).count()).toBe(0);
  await bram.getByRole('button', { name: 'Accept transfer' }).click();

  const took = await customer.next('message', (f) => f.message.event === 'transferred');
  expect(took.message.text).toBe('Anna de Vries transferred the chat to Bram Jansen');
  await bram.getByRole('textbox', { name: 'Message' }).fill('Bram here, I will help you further.');
  await bram.getByRole('button', { name: 'Send' }).click();
  await customer.next('message', (f) => f.message.text === 'Bram here, I will help you further.');

  await anna.getByText('Bram Jansen accepted the chat').waitFor();
  await anna.getByText('Bram Jansen is handling this chat; you are listening').waitFor();
  // Her own transfer, accepted, is not told as a chat taken from her.
  expect(await anna.getByText('now answers the chat with').count()).toBe(0);
  await anna.getByRole('list', { name: 'Conversation' }).getByText('Bram here, I will help you further.').waitFor();
  expect(await anna.getByRole('textbox', { name: 'Message' }).count()).toBe(0);
  expect(await anna.getByRole('button', { name: 'End chat' }).count()).toBe(0);
  expect(await axeViolations(anna, '.listening')).toEqual([]);
  // A reload of Anna's tab follows the handed-over chat again, still only listening.
  await anna.reload();
  await anna.getByRole('navigation', { name: 'Chats' }).getByText(`Listening in: ${BRAM.name} answers`).waitFor();
  await anna.getByRole('navigation', { name: 'Chats' }).getByRole('button').filter({ hasText: MILA.name }).click();
  await anna.getByText('Bram Jansen is handling this chat; you are listening').waitFor();
  await anna.getByRole('main').getByRole('button', { name: 'Close' }).click();
  await anna.getByRole('navigation', { name: 'Chats' }).getByText('No ongoing chats.').waitFor();
}, 60_000);

test("the bar of a pending transfer does not hide the conversation's newest line", async () => {
  const { anna, customer, chatId } = await annaAnswers('e2e-transfer-05', SEM);
  const conversation = anna.getByRole('list', { name: 'Conversation' });
  for (let i = 1; i <= 14; i++) customer.send({ action: 'message.send', chatId, clientMessageId: randomUUID(), text: `Line ${i} of my new address` });
  const newest = conversation.getByText('Line 14 of my new address');
  await newest.waitFor();
  expect(await conversation.evaluate((list) => list.scrollHeight > list.clientHeight)).toBe(true);

  await offerToBram(anna, SEM);
  const inView = ([list, line]: Element[]) => line.getBoundingClientRect().bottom <= list.getBoundingClientRect().bottom + 1;
  await anna.waitForFunction(inView, [await conversation.elementHandle(), await newest.elementHandle()], { timeout: 1000 });
  // Withdrawn, so that Bram's later consoles are not offered it again.
  await anna.getByRole('button', { name: 'Cancel transfer' }).click();
  await anna.getByText('Waiting for Bram Jansen to accept…').waitFor({ state: 'detached' });
}, 60_000);

test('Bram, on the Dashboard, is told of the offer, and Show chat opens it with Accept transfer', async () => {
  const { anna, bram } = await annaAnswers('e2e-transfer-04', EVA);
  await bram.getByRole('tab', { name: /^Dashboard/ }).click();
  await offerToBram(anna, EVA);

  const notice = bram.getByRole('status').filter({ hasText: 'Anna de Vries wants to transfer the chat with Eva de Boer to you' });
  await notice.getByRole('button', { name: 'Show chat' }).click();
  await bram.getByRole('tab', { name: /^Chats/, selected: true }).waitFor();
  await bram.getByRole('list', { name: 'Conversation' }).getByText(EVA.question).waitFor();
  await bram.getByRole('button', { name: 'Accept transfer' }).waitFor();
  expect(await notice.count()).toBe(0);
  // Answered, so that Bram's later consoles are not offered it again.
  await bram.getByRole('button', { name: 'Reject transfer' }).click();
  await anna.getByText('Bram Jansen rejected the transfer').waitFor();
}, 60_000);

test('Bram rejects, after a reload too, and Anna keeps the chat; an offer Anna cancels disappears from Bram', async () => {
  const { anna, bram } = await annaAnswers('e2e-transfer-02', NOOR);
  await offerToBram(anna, NOOR);
  await bramsOffer(bram).filter({ hasText: NOOR.name }).waitFor();
  // A reload does not lose the offer: it is listed and opened again, with its bar.
  await bram.reload();
  await bramsOffer(bram).filter({ hasText: NOOR.name }).click();
  await bram.getByRole('list', { name: 'Conversation' }).getByText(NOOR.question).waitFor();
  await bram.getByText('Anna de Vries wants to transfer this chat to you.').waitFor();
  await bram.getByRole('button', { name: 'Reject transfer' }).click();
  await anna.getByText('Bram Jansen rejected the transfer').waitFor();
  await bram.getByText(`Anna de Vries wants to transfer the chat with ${NOOR.name} to you`).waitFor({ state: 'detached' });
  await anna.getByText('Waiting for Bram Jansen to accept…').waitFor({ state: 'detached' });
  await anna.getByRole('textbox', { name: 'Message' }).waitFor();
  await bram.getByRole('navigation', { name: 'Chats' }).getByText(NOOR.name).waitFor({ state: 'detached' });

  await offerToBram(anna, NOOR);
  await bram.getByRole('button', { name: 'Accept transfer' }).waitFor();
  await anna.getByRole('button', { name: 'Cancel transfer' }).click();
  await bram.getByText(`The transfer of the chat with ${NOOR.name} was cancelled`).waitFor();
  await bram.getByRole('button', { name: 'Accept transfer' }).waitFor({ state: 'detached' });
  await anna.getByText('Waiting for Bram Jansen to accept…').waitFor({ state: 'detached' });
  await anna.getByRole('main').getByRole('button', { name: 'End chat' }).waitFor();
}, 60_000);

test('Bram logs out with an offer waiting: he is told it is declined, and Anna hears at once that he is no longer available', async () => {
  const { anna, bram } = await annaAnswers('e2e-transfer-11', NOOR);
  await offerToBram(anna, NOOR);
  await bramsOffer(bram).filter({ hasText: NOOR.name }).waitFor();

  await bram.getByRole('banner').getByRole('button', { name: 'Log out' }).click();
  const dialog = bram.getByRole('dialog', { name: 'Log out?' });
  await dialog.getByText('The transfer Anna de Vries offered you is declined, and Anna de Vries keeps the chat.').waitFor();
  expect(await dialog.getByText(/ongoing chat/).count()).toBe(0);
  await dialog.getByRole('button', { name: 'Log out' }).click();
  await bram.getByRole('button', { name: 'Log in' }).waitFor();

  await anna.getByText('Bram Jansen is no longer available; you keep the chat').waitFor();
  await anna.getByText('Waiting for Bram Jansen to accept…').waitFor({ state: 'detached' });
}, 60_000);

test('Bram going Away with an offer waiting declines it: Anna hears at once that he is no longer available, and whose chat she keeps', async () => {
  const { anna, bram } = await annaAnswers('e2e-transfer-away', NOOR);
  await offerToBram(anna, NOOR);
  await bramsOffer(bram).filter({ hasText: NOOR.name }).waitFor();

  // An offer waiting shows on the Chats tab, whatever became of its notice.
  await bram.getByRole('tab', { name: 'Chats, 0 ongoing, 1 offered to you' }).waitFor();
  await bram.getByRole('group', { name: 'Status' }).getByRole('button', { name: 'Away' }).click();

  await anna.getByText(`Bram Jansen is no longer available; you keep the chat with ${NOOR.name}`).waitFor();
  await anna.getByText('Waiting for Bram Jansen to accept…').waitFor({ state: 'detached' });
  await bramsOffer(bram).waitFor({ state: 'detached' });
  await bram.getByRole('tab', { name: 'Chats, 0 ongoing', exact: true }).waitFor();
}, 60_000);

test("an offer cancelled while Bram's console was offline is no longer announced once it is back", async () => {
  const { anna, bram } = await annaAnswers('e2e-transfer-offline', NOOR);
  await bram.getByRole('tab', { name: /^Dashboard/ }).click();
  await offerToBram(anna, NOOR);
  const announcement = bram.getByRole('status').filter({ hasText: `Anna de Vries wants to transfer the chat with ${NOOR.name} to you` });
  await announcement.waitFor();

  await bram.context().setOffline(true);
  await bram.getByRole('status').filter({ hasText: /^(Reconnecting|Connecting)…/ }).waitFor();
  await anna.getByRole('button', { name: 'Cancel transfer' }).click();
  await anna.getByText('Waiting for Bram Jansen to accept…').waitFor({ state: 'detached' });
  await bram.context().setOffline(false);

  await bram.getByRole('status').filter({ hasText: /^(Reconnecting|Connecting)…/ }).waitFor({ state: 'detached', timeout: 15_000 });
  await announcement.waitFor({ state: 'detached' });
  await bramsOffer(bram).waitFor({ state: 'detached' });
}, 60_000);

test('with two offers waiting after a reload, answering the announced one announces the other', async () => {
  const { anna, bram } = await twoOffersToBram('e2e-transfer-07');

  await bram.reload();
  await bramsOffer(bram).filter({ hasText: NOOR.name }).waitFor();
  await bramsOffer(bram).filter({ hasText: EVA.name }).waitFor();
  // One offer opens with its bar; the notice above announces only one that is not open.
  await bram.getByText('Anna de Vries wants to transfer this chat to you.').waitFor();
  const conversation = bram.getByRole('list', { name: 'Conversation' });
  const open = (await conversation.getByText(NOOR.question).count()) > 0 ? NOOR : EVA;
  const other = open === NOOR ? EVA : NOOR;
  const offerNotice = bram.getByRole('status').filter({ hasText: /Anna de Vries wants to transfer the chat with .* to you/ });
  expect(await bram.getByRole('status').filter({ hasText: `the chat with ${open.name} to you` }).count()).toBe(0);

  await bram.getByRole('button', { name: 'Reject transfer' }).click();
  const next = bram.getByRole('status').filter({ hasText: `Anna de Vries wants to transfer the chat with ${other.name} to you` });
  await next.getByRole('button', { name: 'Show chat' }).click();
  await bram.getByRole('list', { name: 'Conversation' }).getByText(other.question).waitFor();
  // Answered too: nothing is left to announce.
  await bram.getByRole('button', { name: 'Reject transfer' }).click();
  await bramsOffer(bram).waitFor({ state: 'detached' });
  expect(await offerNotice.count()).toBe(0);
}, 60_000);

test('Anna cancels the offer Bram was told of while another waits: he hears of it, and the other is announced in its place', async () => {
  const { anna, bram } = await twoOffersToBram('e2e-transfer-09');
  await bram.getByRole('status').filter({ hasText: `Anna de Vries wants to transfer the chat with ${EVA.name} to you` }).waitFor();

  // Noor's offer, the first, opened by itself; Eva's was announced above it.
  await bram.getByRole('list', { name: 'Conversation' }).getByText(NOOR.question).waitFor();
  await bram.getByRole('tab', { name: /^Dashboard/ }).click();

  await anna.getByRole('button', { name: 'Cancel transfer' }).click();
  const news = bram.getByRole('status').filter({ hasText: `The transfer of the chat with ${EVA.name} was cancelled. Anna de Vries wants to transfer the chat with ${NOOR.name} to you` });
  await news.getByRole('button', { name: 'Show chat' }).click();
  await bram.getByRole('list', { name: 'Conversation' }).getByText(NOOR.question).waitFor();
  await bramsOffer(bram).filter({ hasText: EVA.name }).waitFor({ state: 'detached' });
}, 60_000);

test('an offer cancelled while another offered chat is open: the news is told, the open offer is asked by its bar alone', async () => {
  const { anna, bram } = await twoOffersToBram('e2e-transfer-10');
  await bram.getByRole('list', { name: 'Conversation' }).getByText(NOOR.question).waitFor();
  await bram.getByRole('status').filter({ hasText: `Anna de Vries wants to transfer the chat with ${EVA.name} to you` }).waitFor();

  await anna.getByRole('button', { name: 'Cancel transfer' }).click();
  await bram.getByRole('status').filter({ hasText: `The transfer of the chat with ${EVA.name} was cancelled` }).waitFor();
  await bramsOffer(bram).filter({ hasText: EVA.name }).waitFor({ state: 'detached' });
  expect(await bram.getByRole('status').filter({ hasText: `the chat with ${NOOR.name} to you` }).count()).toBe(0);
  await bram.getByText('Anna de Vries wants to transfer this chat to you.').waitFor();
}, 60_000);

test('the customer ends the chat while the offer waits: it leaves Bram\'s list, and he is told why', async () => {
  const { anna, bram, customer, chatId } = await annaAnswers('e2e-transfer-06', SEM);
  await offerToBram(anna, SEM);
  await bramsOffer(bram).filter({ hasText: SEM.name }).click();
  await bram.getByRole('button', { name: 'Accept transfer' }).waitFor();

  customer.send({ action: 'chat.end', chatId });
  await bram.getByRole('status').filter({ hasText: `The chat with ${SEM.name} ended before you answered the transfer` }).waitFor();
  await bram.getByRole('button', { name: 'Accept transfer' }).waitFor({ state: 'detached' });
  await bram.getByRole('navigation', { name: 'Chats' }).getByText(SEM.name).waitFor({ state: 'detached' });
  await anna.getByText('Waiting for Bram Jansen to accept…').waitFor({ state: 'detached' });
  await anna.getByRole('list', { name: 'Conversation' }).getByText(`${SEM.name} ended the chat`).waitFor();
}, 60_000);

test('an admin hands a chat over without an accept step, and takes it back with Take over', async () => {
  const carla = await openConsole(browser, runtime, CARLA, 'Present');
  const bram = await openConsole(browser, runtime, BRAM, 'Present');
  pages.push(carla, bram);
  const customer = await connectCustomer(runtime.url, runtime.wsUrl);
  customers.push(customer);
  customer.send({ action: 'chat.start', chatId: `e2e-transfer-03-${randomUUID().slice(0, 8)}`, name: EVA.name, email: EVA.email, question: EVA.question });
  await customer.next('chat');
  await carla.getByRole('button', { name: 'Get next in queue' }).click();
  await carla.getByRole('list', { name: 'Conversation' }).getByText(EVA.question).waitFor();

  await carla.getByRole('main').getByRole('button', { name: 'Transfer', exact: true }).click();
  await carla.getByRole('dialog', { name: 'Transfer chat' }).getByRole('button', { name: 'Hand over now to Bram Jansen' }).click();
  await customer.next('chat', (f) => f.chat.agent?.name === BRAM.name);
  await carla.getByText('Bram Jansen is handling this chat; you are listening').waitFor();

  await carla.getByRole('main').getByRole('button', { name: 'Take over' }).click();
  await customer.next('chat', (f) => f.chat.agent?.name === 'Carla Admin');
  await carla.getByRole('textbox', { name: 'Message' }).waitFor();
  // Bram is told his chat was taken; Carla, who handed it on herself, was told nothing of the kind.
  await bram.getByRole('status').filter({ hasText: `Carla Admin now answers the chat with ${EVA.name}; you are listening` }).waitFor();
  expect(await carla.getByText('now answers the chat with').count()).toBe(0);
  await bram.getByRole('navigation', { name: 'Chats' }).getByRole('button').filter({ hasText: EVA.name }).click();
  await bram.getByText('Carla Admin is handling this chat; you are listening').waitFor();
}, 60_000);

test("Bram sees what the customer writes while he decides; Anna's reply half written when he accepts is kept for her to copy, not lost", async () => {
  const { anna, bram, customer, chatId } = await annaAnswers('e2e-transfer-draft', MILA);
  await offerToBram(anna, MILA);
  await bramsOffer(bram).filter({ hasText: MILA.name }).click();
  await bram.getByRole('list', { name: 'Conversation' }).getByText(MILA.question).waitFor();

  customer.send({ action: 'message.send', chatId, clientMessageId: 'mila-while-offered', text: 'Actually, I found it myself.' });
  await bram.getByRole('list', { name: 'Conversation' }).getByText('Actually, I found it myself.').waitFor();

  await anna.getByRole('textbox', { name: 'Message' }).fill('Let me check the order number for y');
  await bram.getByRole('button', { name: 'Accept transfer' }).click();
  const unsent = anna.getByRole('region', { name: 'Your reply was not sent.' });
  await unsent.getByText('Let me check the order number for y', { exact: true }).waitFor();
  expect(await anna.getByRole('textbox', { name: 'Message' }).count()).toBe(0);
  await unsent.getByRole('button', { name: 'Discard' }).click();
  await unsent.waitFor({ state: 'detached' });
});
