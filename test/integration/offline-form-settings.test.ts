/** The channel's offline form, applied on the server: mandatory fields, category and priority, or no request at all. */
import type { ChannelSettings, OfflineRequestResponse, RequestsResponse } from '../../functions/protocol';
import { defaultChannelSettings } from '../../functions/protocol/channel-defaults';
import { ANNA, type TestRuntime } from '../support/runtime';
import { ADMIN } from '../support/admin';
import { runtimePerFile } from '../support/runtime-world';
import { api, loginAgent, newVisitor } from '../support/clients';

let runtime: TestRuntime;

async function saveChannel(token: string, settings: ChannelSettings) {
  const saved = await api(runtime.url, '/api/channels', { token, body: { settings, version: 0 } });
  if (saved.status !== 200) throw new Error(`channel not saved: ${JSON.stringify(saved.body)}`);
}

runtimePerFile(async (started) => {
  runtime = started;
  const { token } = await loginAgent(runtime.url, ADMIN.email, ADMIN.password);
  const billing = defaultChannelSettings('billing');
  await saveChannel(token, { ...billing, name: 'Billing', offlineForm: { ...billing.offlineForm, category: 'Invoices', priority: 'high', requiredFields: ['email', 'message'] } });
  await saveChannel(token, { ...billing, id: 'info', name: 'Info', offlineForm: { ...billing.offlineForm, text: 'Call us on 020 123 4567.', createsRequest: false } });
});

async function listed() {
  const { token } = await loginAgent(runtime.url, ANNA.email, ANNA.password);
  return (await api<RequestsResponse>(runtime.url, '/api/requests', { method: 'GET', token })).body.requests;
}

async function submit(body: Record<string, unknown>) {
  const { token } = await newVisitor(runtime.url);
  return api<OfflineRequestResponse & { error?: string }>(runtime.url, '/api/offline-requests', { token, body });
}

test("a request from the offline form gets the channel's category and priority", async () => {
  const res = await submit({ channel: 'billing', name: '', email: 'mila@example.com', message: 'My invoice is wrong.' });
  expect(res.status).toBe(201);
  expect((await listed()).find((r) => r.number === res.body.number)).toMatchObject({ channel: 'billing', category: 'Invoices', priority: 'high', name: '', source: 'offline-form' });
});

test('a form without a field the channel requires is refused with 400 naming it, and nothing is stored', async () => {
  const before = (await listed()).length;
  const res = await submit({ channel: 'billing', name: 'Mila', email: '', message: 'My invoice is wrong.' });
  expect(res).toEqual({ status: 400, body: { error: 'email: email is required', field: 'email' } });
  expect(await listed()).toHaveLength(before);
});

test('a channel whose offline form makes no request refuses a submission and stores nothing', async () => {
  const before = (await listed()).length;
  const res = await submit({ channel: 'info', name: 'Mila', email: 'mila@example.com', message: 'Hello?' });
  expect(res).toEqual({ status: 403, body: { error: "This channel's offline form does not take requests" } });
  expect(await listed()).toHaveLength(before);
});

test('the widget sees the offline text and the mandatory fields', async () => {
  const view = await api<{ offlineForm: unknown }>(runtime.url, '/api/widget/billing', { method: 'GET' });
  expect(view.body.offlineForm).toEqual({ text: '', requiredFields: ['email', 'message'], createsRequest: true });
});
