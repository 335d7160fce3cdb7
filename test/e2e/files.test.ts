/** Files both ways in real browsers: the agent sends a PDF from the console, the customer an image from the widget. */
import type { Browser } from 'playwright-core';
import { DEMO_LOGINS } from '../../infra/local/demo-logins';
import { ANNA, type TestRuntime } from '../support/runtime';
import * as sample from '../support/sample-files';
import { MILA, NOOR, openConsole, startChat, type Customer } from './steps';
import { startRuntimeAndBrowser } from '../support/e2e-world';

let runtime: TestRuntime;
let browser: Browser;

startRuntimeAndBrowser((started) => ({ runtime, browser } = started));

/** Anna, Present, answers `customer`'s chat; both sides see it open. */
async function answeredChat(customer: Customer) {
  const agent = await openConsole(browser, runtime, ANNA, 'Present');
  const shop = await startChat(browser, runtime, customer);
  await agent.getByRole('button', { name: 'Get next in queue' }).click();
  const agentView = agent.getByRole('list', { name: 'Conversation' });
  await agentView.getByText(customer.question).waitFor();
  await shop.getByText(`You are chatting with ${ANNA.name}.`).waitFor();
  return { agent, agentView, shop };
}

test('a PDF goes from agent to customer and an image back, shown as a preview on both sides', async () => {
  const { agent, agentView, shop } = await answeredChat(MILA);

  await agent.locator('.composer input[type=file]').setInputFiles({ name: 'Size guide.pdf', mimeType: 'application/pdf', buffer: sample.pdf() });

  const shopView = shop.getByRole('list', { name: 'Conversation' });
  await shopView.getByText('Size guide.pdf').waitFor();
  const download = shopView.getByRole('link', { name: 'Download' });
  expect(await download.getAttribute('href')).toMatch(new RegExp(`^${runtime.s3Endpoint}/`));
  expect(await (await fetch((await download.getAttribute('href'))!)).text()).toBe(sample.pdf().toString());

  await shop.locator('input[type=file]').setInputFiles({ name: 'broken leg.png', mimeType: 'image/png', buffer: sample.png() });

  const preview = agentView.getByRole('img', { name: 'broken leg.png' });
  await preview.waitFor();
  await agent.waitForFunction((img) => (img as HTMLImageElement).complete && (img as HTMLImageElement).naturalWidth === 2, await preview.elementHandle());
  await shopView.getByRole('img', { name: 'broken leg.png' }).waitFor();
}, 60_000);

test("a customer's photo shows in the console with its name, size and link on one line under it", async () => {
  const { agent, agentView, shop } = await answeredChat(NOOR);

  await shop.locator('input[type=file]').setInputFiles({ name: 'yarn.png', mimeType: 'image/png', buffer: sample.photoPng(400, 300) });

  const preview = agentView.getByRole('img', { name: 'yarn.png' });
  await agent.waitForFunction((img) => (img as HTMLImageElement).complete && (img as HTMLImageElement).naturalWidth === 400, await preview.elementHandle());
  const attachment = agentView.locator('.attachment').filter({ has: agent.getByRole('img', { name: 'yarn.png' }) });
  const [image, name, link] = await Promise.all([preview.boundingBox(), attachment.getByText('yarn.png').boundingBox(), attachment.getByRole('link', { name: 'Download' }).boundingBox()]);
  expect(name!.y).toBeGreaterThanOrEqual(image!.y + image!.height - 1);
  expect(Math.abs(link!.y - name!.y)).toBeLessThan(4);
}, 60_000);

test("a customer's photo arriving at the end of a long chat is shown whole, not cut off by the scroll", async () => {
  const { agent, agentView, shop } = await answeredChat(MILA);
  await agent.setViewportSize({ width: 1280, height: 560 });
  const box = shop.getByLabel('Message');
  for (const line of ['One', 'Two', 'Three', 'Four', 'Five', 'Six']) {
    await box.fill(`Line ${line}`);
    await box.press('Enter');
    await agentView.getByText(`Line ${line}`).waitFor();
  }

  await shop.locator('input[type=file]').setInputFiles({ name: 'bulbs.png', mimeType: 'image/png', buffer: sample.photoPng(400, 300) });
  const preview = agentView.getByRole('img', { name: 'bulbs.png' });
  await agent.waitForFunction((img) => (img as HTMLImageElement).complete && (img as HTMLImageElement).naturalWidth === 400, await preview.elementHandle());
  const unseenPx = () => agentView.evaluate((list) => list.scrollHeight - list.scrollTop - list.clientHeight);
  await agent.waitForFunction((list) => list.scrollHeight - list.scrollTop - list.clientHeight < 2, await agentView.elementHandle(), { timeout: 3000 }).catch(() => {});
  expect(await unseenPx()).toBeLessThan(2);
}, 60_000);

test("a customer's file counts like a message: unread in the console's list until opened, then Read under it in the widget", async () => {
  const wim: Customer = { name: 'Wim Peeters', email: 'wim@example.com', question: 'Is this the right needle size?' };
  const lot: Customer = { name: 'Lotte Claes', email: 'lotte@example.com', question: 'Do you sell gift cards?' };
  const { agent, shop } = await answeredChat(wim);
  await startChat(browser, runtime, lot);
  await agent.getByRole('button', { name: 'Get next in queue' }).click();
  await agent.getByRole('list', { name: 'Conversation' }).getByText(lot.question).waitFor();

  await shop.locator('input[type=file]').setInputFiles({ name: 'needles.png', mimeType: 'image/png', buffer: sample.png() });
  const item = agent.getByRole('navigation', { name: 'Chats' }).getByRole('button', { name: new RegExp(wim.name) });
  await item.getByText(`${wim.name}: 📎 needles.png`).waitFor();
  await item.getByText('1 unread').waitFor();

  await item.click();
  await agent.getByRole('list', { name: 'Conversation' }).getByRole('img', { name: 'needles.png' }).waitFor();
  const shopView = shop.getByRole('list', { name: 'Conversation' });
  await shopView.locator('li').filter({ has: shop.getByRole('img', { name: 'needles.png' }) }).getByText('Read').waitFor();
  await item.locator('.unread').waitFor({ state: 'detached' });
}, 60_000);

test('a screenshot pasted into the console and a file dropped on the widget both arrive', async () => {
  const agent = await openConsole(browser, runtime, ANNA, 'Present');
  const shop = await startChat(browser, runtime, { ...MILA, question: 'Can you see my screen?' });
  await agent.getByRole('button', { name: 'Get next in queue' }).click();
  await shop.getByText(`You are chatting with ${ANNA.name}.`).waitFor();
  // Anna still has the first test's chat: paste only once this one is the chat on screen.
  await agent.getByRole('list', { name: 'Conversation' }).getByText('Can you see my screen?').waitFor();
  const png = [...sample.png()];

  await agent.getByRole('textbox', { name: 'Message' }).evaluate((box, bytes) => {
    const data = new DataTransfer();
    data.items.add(new File([new Uint8Array(bytes)], 'screenshot.png', { type: 'image/png' }));
    box.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  }, png);
  await shop.getByRole('img', { name: 'screenshot.png' }).waitFor();

  await shop.getByRole('list', { name: 'Conversation' }).evaluate((list, bytes) => {
    const data = new DataTransfer();
    data.items.add(new File([new Uint8Array(bytes)], 'notes.txt', { type: 'text/plain' }));
    list.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
  }, [...sample.text()]);
  await agent.getByRole('list', { name: 'Conversation' }).getByText('notes.txt').waitFor();
}, 60_000);

test('a file refused by its content shows the reason and never reaches the other side', async () => {
  const agent = await openConsole(browser, runtime, ANNA, 'Present');
  const shop = await startChat(browser, runtime, { ...MILA, question: 'Can I send you the invoice?' });
  await agent.getByRole('button', { name: 'Get next in queue' }).click();
  await shop.getByText(`You are chatting with ${ANNA.name}.`).waitFor();

  await shop.locator('input[type=file]').setInputFiles({ name: 'invoice.pdf', mimeType: 'application/pdf', buffer: sample.exe() });

  await shop.getByRole('alert').filter({ hasText: 'invoice.pdf cannot be sent' }).waitFor();
  await agent.getByRole('list', { name: 'Conversation' }).getByText('Can I send you the invoice?').waitFor();
  expect(await agent.getByText('invoice.pdf').count()).toBe(0);
}, 60_000);

test('a file the console may not send is refused once, beside the upload, not again in the top bar', async () => {
  const { agent } = await answeredChat(NOOR);
  await agent.locator('input[type=file]').setInputFiles({ name: 'setup.exe', mimeType: 'application/octet-stream', buffer: sample.exe() });

  const refusal = agent.getByRole('alert').filter({ hasText: 'setup.exe cannot be sent' });
  await refusal.waitFor();
  expect(await agent.getByRole('alert').count()).toBe(1);
  expect(await agent.locator('.notice').count()).toBe(0);
}, 60_000);

test('a web address in a message becomes a safe link, and a javascript: address stays text', async () => {
  const agent = await openConsole(browser, runtime, ANNA, 'Present');
  const shop = await startChat(browser, runtime, { ...MILA, question: 'Where are the return rules?' });
  await agent.getByRole('button', { name: 'Get next in queue' }).click();
  await shop.getByText(`You are chatting with ${ANNA.name}.`).waitFor();

  const box = agent.getByRole('textbox', { name: 'Message' });
  await box.fill('See https://shop.example/returns or javascript:alert(1)');
  await box.press('Enter');

  const link = shop.getByRole('link', { name: 'https://shop.example/returns' });
  await link.waitFor();
  expect(await link.getAttribute('rel')).toBe('noopener noreferrer');
  expect(await link.getAttribute('target')).toBe('_blank');
  expect(await shop.getByRole('link').filter({ hasText: 'javascript' }).count()).toBe(0);
}, 60_000);

test('an admin adds a document to the library and sends it from there; the customer can download it', async () => {
  const admin = DEMO_LOGINS.find((login) => login.role === 'admin')!;
  const desk = await openConsole(browser, runtime, admin, 'Present');
  const shop = await startChat(browser, runtime, { ...MILA, question: 'Do you have a size guide?' });
  await desk.getByRole('button', { name: 'Get next in queue' }).click();
  await shop.getByText(`You are chatting with ${admin.name}.`).waitFor();

  await desk.getByRole('button', { name: 'Documents' }).click();
  const library = desk.getByRole('dialog', { name: 'Document library' });
  await library.getByText('No documents in the library yet.').waitFor();
  await library.locator('input[type=file]').setInputFiles({ name: 'Size guide.pdf', mimeType: 'application/pdf', buffer: sample.pdf() });
  await library.getByRole('button', { name: 'Send Size guide.pdf' }).click();

  const shopView = shop.getByRole('list', { name: 'Conversation' });
  await shopView.getByText('Size guide.pdf').waitFor();
  const href = await shopView.getByRole('link', { name: 'Download' }).getAttribute('href');
  expect(await (await fetch(href!)).text()).toBe(sample.pdf().toString());

  await desk.getByRole('button', { name: 'Documents' }).click();
  await library.getByRole('button', { name: 'Remove Size guide.pdf from the library' }).click();
  await library.getByText('No documents in the library yet.').waitFor();
}, 60_000);
