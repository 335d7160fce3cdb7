/** The offline form: a request with a number the customer is shown, which agents find. */
import { type TestRuntime, ANNA } from '../support/runtime';
import { runtimePerFile } from '../support/runtime-world';
import { api, connectAgent, loginAgent, newVisitor } from '../support/clients';
import type { OfflineRequestResponse, RequestsResponse } from '../../functions/protocol';

let runtime: TestRuntime;
runtimePerFile((started) => (runtime = started));

const form = { name: 'Mila', email: 'mila@example.com', message: 'Please call me back about my order.' };

test('each request gets the next number, and agents see it, newest first', async () => {
  const { token } = await newVisitor(runtime.url);
  const first = await api<OfflineRequestResponse>(runtime.url, '/api/offline-requests', { token, body: form });
  const second = await api<OfflineRequestResponse>(runtime.url, '/api/offline-requests', { token, body: { ...form, message: 'And one more thing.' } });
  expect([first.status, first.body.number, second.body.number]).toEqual([201, 1, 2]);

  const { token: agentToken } = await loginAgent(runtime.url, ANNA.email, ANNA.password);
  const listed = await api<RequestsResponse>(runtime.url, '/api/requests', { method: 'GET', token: agentToken });
  expect(listed.body.requests.map((r) => [r.number, r.message])).toEqual([[2, 'And one more thing.'], [1, form.message]]);
  expect(listed.body.requests[1]).toMatchObject({ name: 'Mila', email: 'mila@example.com', channel: 'default', source: 'offline-form', status: 'open' });
});

test('every live console is told a request was created, so a Dashboard shows it at once', async () => {
  const anna = await connectAgent(runtime.url, runtime.wsUrl, ANNA.email, ANNA.password);
  const { token } = await newVisitor(runtime.url);
  await api<OfflineRequestResponse>(runtime.url, '/api/offline-requests', { token, body: { ...form, message: 'Is the lace yarn back?' } });
  expect(await anna.next('requests.changed')).toEqual({ type: 'requests.changed' });
  await anna.close();
});

test('a form with a bad email address is refused with the reason and stores nothing', async () => {
  const { token } = await newVisitor(runtime.url);
  const res = await api(runtime.url, '/api/offline-requests', { token, body: { ...form, email: 'mila@' } });
  expect(res).toEqual({ status: 400, body: { error: 'email: email address is not valid', field: 'email' } });
  const { token: agentToken } = await loginAgent(runtime.url, ANNA.email, ANNA.password);
  const listed = await api<RequestsResponse>(runtime.url, '/api/requests', { method: 'GET', token: agentToken });
  expect(listed.body.requests.every((r) => r.email !== 'mila@')).toBe(true);
});

test('only agents can list requests', async () => {
  const { token } = await newVisitor(runtime.url);
  expect((await api(runtime.url, '/api/requests', { method: 'GET', token })).status).toBe(401);
  expect((await api(runtime.url, '/api/requests', { method: 'GET' })).status).toBe(401);
});

test("a form sent from a snippet naming a channel that does not exist is kept, on the default channel's terms", async () => {
  const { token } = await newVisitor(runtime.url);
  const sent = await api<OfflineRequestResponse>(runtime.url, '/api/offline-requests', { token, body: { ...form, channel: 'salse', message: 'Typo in the snippet.' } });
  expect(sent.status).toBe(201);
  const { token: agentToken } = await loginAgent(runtime.url, ANNA.email, ANNA.password);
  const listed = await api<RequestsResponse>(runtime.url, '/api/requests', { method: 'GET', token: agentToken });
  expect(listed.body.requests.find((r) => r.message === 'Typo in the snippet.')).toMatchObject({ channel: 'salse', number: sent.body.number });
});
