/**
 * A channel saved by an admin applies in consoles already open: no reload is needed for the agent's
 * permissions there (what Incoming chats and In queue hold), names and warning times.
 */
import type { Browser } from 'playwright-core';
import { defaultChannelSettings } from '../../functions/protocol/channel-defaults';
import type { AgentsResponse } from '../../functions/protocol';
import { ANNA, BRAM, type TestRuntime } from '../support/runtime';
import { ADMIN } from '../support/admin';
import { api, connectCustomer, loginAgent, type Client } from '../support/clients';
import { startRuntimeAndBrowser } from '../support/e2e-world';
import { openConsole } from './steps';

let runtime: TestRuntime;
let browser: Browser;
const customers: Client[] = [];

startRuntimeAndBrowser((started) => ({ runtime, browser } = started));
afterAll(async () => {
  await Promise.all(customers.map((c) => c.close()));
});

test("an agent taken off a channel's responders stops counting its waiting chats at once", async () => {
  const bram = await openConsole(browser, runtime, BRAM, 'Present');
  const inQueue = (count: number) => bram.getByLabel('In queue').filter({ hasText: new RegExp(`^${count}$`) });
  const customer = await connectCustomer(runtime.url, runtime.wsUrl);
  customers.push(customer);
  customer.send({ action: 'chat.start', chatId: 'e2e-channel-change-01', name: 'Mila Bakker', email: 'mila@example.com', question: 'Hello?' });
  await customer.next('chat');
  await inQueue(1).waitFor();

  // The default channel, until now served by every agent, lists Anna alone.
  const { token } = await loginAgent(runtime.url, ADMIN.email, ADMIN.password);
  const { body } = await api<AgentsResponse>(runtime.url, '/api/admin/agents', { method: 'GET', token });
  const anna = body.agents.find((a) => a.email === ANNA.email)!.id;
  const settings = { ...defaultChannelSettings(), agents: [{ agentId: anna, canRespond: true, notifications: true, canListenIn: false, manager: false }] };
  expect((await api(runtime.url, '/api/channels', { token, body: { settings, version: 0 } })).status).toBe(200);

  await inQueue(0).waitFor();
  await bram.context().close();
}, 60_000);
