/** The channel's forms in the widget: its required pre-chat fields, FAQ suggestions, and its offline form's settings. */
import type { ChannelSettings, RequestsResponse } from '../../functions/protocol';
import { defaultChannelSettings } from '../../functions/protocol/channel-defaults';
import { ANNA } from '../support/runtime';
import { api, loginAgent } from '../support/clients';
import { ADMIN } from '../support/admin';
import { closeHostWorld, launcher, openHostWorld, panel, type HostWorld } from './widget-steps';

let world: HostWorld;

async function saveChannel(settings: ChannelSettings) {
  const { token } = await loginAgent(world.runtime.url, ADMIN.email, ADMIN.password);
  const saved = await api(world.runtime.url, '/api/channels', { token, body: { settings, version: 0 } });
  if (saved.status !== 200) throw new Error(`channel not saved: ${JSON.stringify(saved.body)}`);
}

beforeAll(async () => {
  world = await openHostWorld();
  const base = defaultChannelSettings();
  await saveChannel({ ...base, id: 'callback', name: 'Call back', preChatForm: { requiredFields: ['name', 'phone', 'question'], faqSuggestions: false } });
  await saveChannel({ ...base, id: 'shop', name: 'Shop', preChatForm: { requiredFields: ['question'], faqSuggestions: true } });
  await saveChannel({
    ...base, id: 'billing', name: 'Billing',
    // Open on no day at all: the widget shows the offline form.
    hours: { ...base.hours, enabled: true, days: {} },
    offlineForm: { text: 'Leave your invoice question here.', createsRequest: true, category: 'Invoices', priority: 'high', requiredFields: ['email', 'message'] },
  });
  await saveChannel({
    ...base, id: 'phone-only', name: 'By phone',
    hours: { ...base.hours, enabled: true, days: {} },
    offlineForm: { ...base.offlineForm, text: 'We are closed. Call us on 020 123 4567.', createsRequest: false },
  });
  const { token } = await loginAgent(world.runtime.url, ADMIN.email, ADMIN.password);
  await api(world.runtime.url, '/api/replies', {
    token,
    body: { replyId: 'faq-delivery-01', kind: 'faq', shared: true, title: 'How long does delivery take?', text: 'Orders arrive within <b>two</b> working days.' },
  });
}, 90_000);
afterAll(() => closeHostWorld(world));

async function openChannel(channel: string) {
  const page = await world.site.open(world.browser, { snippet: { 'data-channel': channel } });
  await launcher(page).click();
  return page;
}

test('a channel requiring a phone number asks for it and does not start the chat without a valid one', async () => {
  const page = await openChannel('callback');
  const widget = panel(page);
  await widget.getByLabel('Name').fill('Mila Bakker');
  await widget.getByLabel('Your question').fill('Please call me back.');
  await widget.getByLabel('Email (optional)').waitFor();
  const phone = widget.getByLabel('Phone');

  await widget.getByRole('button', { name: 'Start chat' }).click();
  expect(await phone.evaluate((input: HTMLInputElement) => input.validity.valueMissing)).toBe(true);

  await phone.fill('call me');
  await widget.getByRole('button', { name: 'Start chat' }).click();
  await widget.getByRole('alert').getByText('Phone is not valid.', { exact: true }).waitFor();
  expect(await phone.getAttribute('aria-invalid')).toBe('true');
  expect(await widget.getByLabel('Name').getAttribute('aria-invalid')).toBe('false');
  expect(await widget.getByText('Waiting for an agent…').count()).toBe(0);
  // Corrected, the field's refusal is over; the next start is checked afresh.
  await phone.fill('call me back');
  await widget.getByText('Phone is not valid.').waitFor({ state: 'detached' });
  expect(await phone.getAttribute('aria-invalid')).toBe('false');
  await widget.getByRole('button', { name: 'Start chat' }).click();
  await widget.getByRole('alert').getByText('Phone is not valid.', { exact: true }).waitFor();

  await widget.getByLabel('Phone').fill('+31 20 123 4567');
  await widget.getByRole('button', { name: 'Start chat' }).click();
  await widget.getByText('Waiting for an agent…').waitFor();
  // The refusal was about the form: the chat it started does not carry it on.
  expect(await widget.getByText('Phone is not valid.').count()).toBe(0);
}, 60_000);

test('matching FAQ entries show as the question is typed, open as plain text, and the chat can still start', async () => {
  const page = await openChannel('shop');
  const widget = panel(page);
  await widget.getByLabel('Your question').fill('how long is delivery');
  const suggestions = widget.getByRole('region', { name: 'These answers may help:' });
  await suggestions.getByText('How long does delivery take?').click();
  await suggestions.getByText('Orders arrive within <b>two</b> working days.').waitFor();
  expect(await suggestions.locator('b').count()).toBe(0);

  await widget.getByRole('button', { name: 'Start chat' }).click();
  await widget.getByText('Waiting for an agent…').waitFor();
}, 60_000);

test("the offline form shows the channel's text and leaves a request with the channel's category and priority", async () => {
  const page = await openChannel('billing');
  const widget = panel(page);
  await widget.getByText('Leave your invoice question here.').waitFor();
  await widget.getByLabel('Email').fill('mila@example.com');
  await widget.getByLabel('Message').fill('My invoice shows the wrong address.');
  await widget.getByLabel('Name (optional)').waitFor();
  await widget.getByRole('button', { name: 'Send message' }).click();
  const thanks = widget.getByText(/^Thank you\. Your request number is \d+\.$/);
  await thanks.waitFor();
  const number = Number((await thanks.textContent())!.match(/\d+/)![0]);

  const { token } = await loginAgent(world.runtime.url, ANNA.email, ANNA.password);
  const { body } = await api<RequestsResponse>(world.runtime.url, '/api/requests', { method: 'GET', token });
  expect(body.requests.filter((r) => r.message === 'My invoice shows the wrong address.')).toEqual([
    expect.objectContaining({ number, channel: 'billing', category: 'Invoices', priority: 'high', email: 'mila@example.com' }),
  ]);
}, 60_000);

test('an offline form that takes no requests shows only its text', async () => {
  const page = await openChannel('phone-only');
  const widget = panel(page);
  await widget.getByText('We are closed. Call us on 020 123 4567.').waitFor();
  expect(await widget.getByRole('button', { name: 'Send message' }).count()).toBe(0);
  expect(await widget.getByRole('textbox').count()).toBe(0);
}, 60_000);
