/** Channel settings: admins change them (from the version they edited), others cannot; the widget reads its public part. */
import type { AgentsResponse, AuditResponse, ChannelNamesResponse, ChannelsResponse, StoredChannel, WidgetChannelView } from '../../functions/protocol';
import { defaultChannelSettings } from '../../functions/protocol/channel-defaults';
import { ANNA, BRAM, type TestRuntime } from '../support/runtime';
import { ADMIN } from '../support/admin';
import { runtimePerFile } from '../support/runtime-world';
import { api, connectAgent, loginAgent, type Client } from '../support/clients';

let runtime: TestRuntime;
let adminToken: string;
let agentToken: string;

runtimePerFile(async (started) => {
  runtime = started;
  adminToken = (await loginAgent(runtime.url, ADMIN.email, ADMIN.password)).token;
  agentToken = (await loginAgent(runtime.url, ANNA.email, ANNA.password)).token;
});

const list = (token: string) => api<ChannelsResponse>(runtime.url, '/api/channels', { method: 'GET', token });
const save = (token: string, body: unknown) => api<StoredChannel & { error?: string }>(runtime.url, '/api/channels', { token, body });
const widget = (id: string) => api<WidgetChannelView>(runtime.url, `/api/widget/${id}`, { method: 'GET' });

test('a new tenant has the default channel with default settings', async () => {
  const { status, body } = await list(adminToken);
  expect(status).toBe(200);
  expect(body.channels).toEqual([{ settings: defaultChannelSettings(), version: 0, updatedAt: 0, updatedBy: '' }]);
});

test("a new channel cannot take the default channel's id, though the default channel was never saved; it keeps its name", async () => {
  const taken = await save(adminToken, { settings: { ...defaultChannelSettings(), name: 'QA Shop' }, version: 0, create: true });
  expect(taken).toMatchObject({ status: 409, body: { error: 'A channel with the id "default" already exists; choose another id', field: 'id' } });
  expect((await list(adminToken)).body.channels[0]).toEqual({ settings: defaultChannelSettings(), version: 0, updatedAt: 0, updatedBy: '' });
});

test('an admin creates a channel; it is listed and the widget sees its public settings only', async () => {
  const settings = { ...defaultChannelSettings('sales-nl'), name: 'Verkoop', language: 'nl' as const, launcherText: 'Chat met ons', bot: { url: 'https://bot.example/hook', timeoutMs: 2000 } };
  const created = await save(adminToken, { settings, version: 0 });
  expect(created.status).toBe(200);
  expect(created.body).toMatchObject({ version: 1, settings: { id: 'sales-nl', name: 'Verkoop' } });

  expect((await list(adminToken)).body.channels.map((c) => c.settings.id)).toEqual(['default', 'sales-nl']);
  const view = await widget('sales-nl');
  expect(view.status).toBe(200);
  expect(view.body).toMatchObject({ id: 'sales-nl', language: 'nl', launcherText: 'Chat met ons', openNow: true });
  expect(JSON.stringify(view.body)).not.toContain('bot.example');
  expect(view.body).not.toHaveProperty('agents');
});

test('a save from an outdated version is refused and changes nothing', async () => {
  const first = await save(adminToken, { settings: { ...defaultChannelSettings('support'), name: 'Support' }, version: 0 });
  expect((await save(adminToken, { settings: { ...first.body.settings, name: 'Support A' }, version: 1 })).status).toBe(200);
  const stale = await save(adminToken, { settings: { ...first.body.settings, name: 'Support B' }, version: 1 });
  expect(stale.status).toBe(409);
  expect(stale.body.error).toMatch(/changed by someone else/);
  expect((await list(adminToken)).body.channels.find((c) => c.settings.id === 'support')).toMatchObject({ version: 2, settings: { name: 'Support A' } });
});

test('every save is in the audit log with the fields it changed, each as its value', async () => {
  const created = await save(adminToken, { settings: { ...defaultChannelSettings('audited'), name: 'Audited' }, version: 0 });
  const hours = { ...created.body.settings.hours, days: { ...created.body.settings.hours.days, thu: { start: '09:00', end: '16:00' } } };
  await save(adminToken, { settings: { ...created.body.settings, launcherText: 'Questions?', hours }, version: 1 });
  const { body } = await api<AuditResponse>(runtime.url, '/api/admin/audit', { method: 'GET', token: adminToken });
  const entries = body.entries.filter((e) => e.target.id === 'audited');
  expect(entries.map((e) => e.action)).toEqual(['channel.changed', 'channel.created']);
  expect(entries[0]).toMatchObject({ actor: { name: 'Carla Admin' }, before: { launcherText: '', 'hours.days.thu.end': '17:00' }, after: { launcherText: 'Questions?', 'hours.days.thu.end': '16:00' } });
  expect(Object.keys(entries[0].after!).sort()).toEqual(['hours.days.thu.end', 'launcherText']);
});

test("the default channel's first save changes it: it existed before", async () => {
  await save(adminToken, { settings: { ...defaultChannelSettings(), launcherText: 'Hello' }, version: 0 });
  const { body } = await api<AuditResponse>(runtime.url, '/api/admin/audit', { method: 'GET', token: adminToken });
  expect(body.entries.find((e) => e.target.id === 'default')).toMatchObject({ action: 'channel.changed', after: { launcherText: 'Hello' } });
});

test('creating a channel that exists is refused, saying the id is taken', async () => {
  await save(adminToken, { settings: { ...defaultChannelSettings('twice'), name: 'Twice' }, version: 0 });
  const again = await save(adminToken, { settings: { ...defaultChannelSettings('twice'), name: 'Other' }, version: 0 });
  expect(again).toMatchObject({ status: 409, body: { error: 'A channel with the id "twice" already exists; choose another id', field: 'id' } });
  const stale = await save(adminToken, { settings: { ...defaultChannelSettings('twice'), name: 'Stale' }, version: 5 });
  expect(stale).toMatchObject({ status: 409, body: { error: expect.stringContaining('changed by someone else') } });
  expect((stale.body as { field?: string }).field).toBeUndefined();
  expect((await widget('twice')).body.name).toBe('Twice');
  const created = await save(adminToken, { settings: { ...defaultChannelSettings('twice'), name: 'Twice' }, version: 0, create: true });
  expect(created).toMatchObject({ status: 409, body: { field: 'id' } });
});

test('a name another channel has is refused, however it is spaced or cased, on create and on rename; nothing is stored', async () => {
  expect((await save(adminToken, { settings: { ...defaultChannelSettings('qa-shop'), name: 'QA Shop' }, version: 0, create: true })).status).toBe(200);
  const twin = await save(adminToken, { settings: { ...defaultChannelSettings('qa-shop-2'), name: '  qa  SHOP ' }, version: 0, create: true });
  expect(twin).toMatchObject({ status: 400, body: { error: 'settings.name: is already the name of another channel (qa-shop)', field: 'settings' } });
  expect((await widget('qa-shop-2')).status).toBe(404);

  const desk = await save(adminToken, { settings: { ...defaultChannelSettings('qa-desk'), name: 'QA Desk' }, version: 0, create: true });
  const renamed = await save(adminToken, { settings: { ...desk.body.settings, name: 'QA SHOP' }, version: 1 });
  expect(renamed).toMatchObject({ status: 400, body: { error: expect.stringMatching(/^settings\.name: is already the name/) } });
  expect(await widget('qa-desk')).toMatchObject({ body: { name: 'QA Desk' } });
  // The default channel's name is taken even before that channel is saved.
  expect((await save(adminToken, { settings: { ...defaultChannelSettings('cs'), name: 'customer service' }, version: 0 })).status).toBe(400);
  // A channel keeps its own name, in another case too.
  expect((await save(adminToken, { settings: { ...desk.body.settings, name: 'QA desk', launcherText: 'Ask QA' }, version: 1 })).status).toBe(200);
});

test('hours may run until midnight, written as an end of 00:00', async () => {
  const late = { ...defaultChannelSettings('late-shift'), name: 'Late shift', hours: { ...defaultChannelSettings().hours, enabled: true, days: { fri: { start: '22:00', end: '00:00' } } } };
  expect((await save(adminToken, { settings: late, version: 0 })).status).toBe(200);
});

test.each([
  ['an unknown time zone', { hours: { ...defaultChannelSettings().hours, timeZone: 'Mars/Olympus' } }, /hours.timeZone/],
  ['hours that end before they start', { hours: { ...defaultChannelSettings().hours, days: { mon: { start: '17:00', end: '09:00' } } } }, /hours.days.mon/],
  ['an http logo', { look: { ...defaultChannelSettings().look, logoUrl: 'http://cdn.example/logo.png' } }, /look.logoUrl/],
  ['a javascript: logo', { look: { ...defaultChannelSettings().look, logoUrl: 'javascript:alert(document.domain)' } }, /look.logoUrl.*must be an https URL/],
  ['a data:text/html agent photo', { look: { ...defaultChannelSettings().look, agentPhotoUrl: 'data:text/html,<script>alert(1)</script>' } }, /look.agentPhotoUrl.*must be an https URL/],
  ['a javascript: bot address', { bot: { url: 'javascript:alert(1)', timeoutMs: 2000 } }, /bot.url.*must be an http\(s\) URL/],
  ['a colour that is not hex', { look: { ...defaultChannelSettings().look, color: 'red; background:url(x)' } }, /look.color/],
  ['a queue message with a misspelt placeholder', { look: { ...defaultChannelSettings().look, queueMessage: 'Je bent nummer {positie}.' } }, /^settings\.look\.queueMessage: fills in only \{position\} and \{wait\}/],
  ['an id ending in a dash', { id: 'sales-' }, /^settings\.id: use 1-40 lowercase letters, digits and dashes, starting and ending with a letter or digit$/],
  ['a colour too light for the white text on it', { look: { ...defaultChannelSettings().look, color: '#f7f3c8' } }, /^settings\.look\.color: is too light for the widget's white text; choose a darker colour$/],
  ['a manager warning before the unanswered warning', { unansweredWarningSeconds: 120, managerWarningSeconds: 60 }, /managerWarningSeconds/],
  ['an unknown field', { colour: '#000000' }, /colour/],
  ['a lunch break outside the opening hours', { hours: { ...defaultChannelSettings().hours, lunch: { start: '20:00', end: '21:00' } } }, /^settings\.hours\.lunch: must fall within the opening hours/],
  ['a closed day that is not in the calendar', { hours: { ...defaultChannelSettings().hours, closedDates: ['2026-02-30'] } }, /^settings\.hours\.closedDates\.0: is not a date in the calendar/],
  ['no category while the offline form creates a request', { offlineForm: { ...defaultChannelSettings().offlineForm, category: ' ' } }, /^settings\.offlineForm\.category: is required/],
  ['an offline-form field required twice', { offlineForm: { ...defaultChannelSettings().offlineForm, requiredFields: ['name', 'name'] } }, /^settings\.offlineForm\.requiredFields: lists a field twice/],
])('refuses %s with a clear reason and stores nothing', async (_what, change, reason) => {
  const response = await save(adminToken, { settings: { ...defaultChannelSettings('refused'), ...change }, version: 0 });
  expect(response.status).toBe(400);
  expect(response.body.error).toMatch(reason);
  expect((await widget('refused')).status).toBe(404);
});

test('agents cannot change or read channel settings; without a token nobody can', async () => {
  expect((await save(agentToken, { settings: defaultChannelSettings('by-agent'), version: 0 })).status).toBe(403);
  expect((await list(agentToken)).status).toBe(403);
  expect((await save('', { settings: defaultChannelSettings('anon'), version: 0 })).status).toBe(401);
  expect((await widget('by-agent')).status).toBe(404);
});

test("every agent reads the channels' ids and names, their own permissions there and who may answer them, and nothing more; without a session nobody can", async () => {
  const names = (token?: string) => api<ChannelNamesResponse>(runtime.url, '/api/channel-names', { method: 'GET', token });
  const { body: agents } = await api<AgentsResponse>(runtime.url, '/api/admin/agents', { method: 'GET', token: adminToken });
  const bram = agents.agents.find((a) => a.email === BRAM.email)!.id;
  const returns = {
    ...defaultChannelSettings('names-test'), name: 'Returns', unansweredWarningSeconds: 300, managerWarningSeconds: 600, bot: { url: 'https://bot.example/names', timeoutMs: 2000 },
    agents: [{ agentId: bram, canRespond: true, notifications: true, canListenIn: false, manager: true }],
  };
  expect((await save(adminToken, { settings: returns, version: 0 })).status).toBe(200);
  const { status, body } = await names(agentToken);
  expect(status).toBe(200);
  // The default channel lists no agents: every agent serves it, warned after its 60 s (managers after 120 s).
  expect(body.channels).toContainEqual({ id: 'default', name: defaultChannelSettings().name, canRespond: true, notifications: true, manager: false, unansweredWarningSeconds: 60, managerWarningSeconds: 120 });
  // Who may answer there: whom a transfer may go to.
  expect(body.channels).toContainEqual({ id: 'names-test', name: 'Returns', canRespond: false, notifications: false, manager: false, unansweredWarningSeconds: 300, managerWarningSeconds: 600, responders: [bram] });
  const asBram = (await names((await loginAgent(runtime.url, BRAM.email, BRAM.password)).token)).body.channels;
  expect(asBram).toContainEqual({ id: 'names-test', name: 'Returns', canRespond: true, notifications: true, manager: true, unansweredWarningSeconds: 300, managerWarningSeconds: 600, responders: [bram] });
  expect(JSON.stringify(body)).not.toContain('bot.example');
  expect((await names()).status).toBe(401);
});

test('every console is told when an admin saves a channel, so it reads the channels again; a refused save tells nobody', async () => {
  const anna: Client = await connectAgent(runtime.url, runtime.wsUrl, ANNA.email, ANNA.password);
  try {
    const told = () => anna.frames.filter((f) => f.type === 'channels.changed').length;
    const settings = { ...defaultChannelSettings('told-test'), name: 'Told' };
    expect((await save(adminToken, { settings, version: 0 })).status).toBe(200);
    await anna.next('channels.changed');
    expect((await save(adminToken, { settings, version: 0 })).status).toBe(409);
    await runtime.idle();
    expect(told()).toBe(1);
  } finally {
    await anna.close();
  }
});

test('outside opening hours the widget sees the channel closed and availability says offline', async () => {
  const anna: Client = await connectAgent(runtime.url, runtime.wsUrl, ANNA.email, ANNA.password);
  try {
    anna.send({ action: 'presence.set', status: 'present' });
    await anna.next('presence', (f) => f.status === 'present');
    const closedAllWeek = { ...defaultChannelSettings('closed'), name: 'Closed', hours: { enabled: true, timeZone: 'Europe/Amsterdam', days: {}, closedDates: [] } };
    expect((await save(adminToken, { settings: closedAllWeek, version: 0 })).status).toBe(200);

    expect((await widget('closed')).body.openNow).toBe(false);
    expect((await api<{ online: boolean }>(runtime.url, '/api/availability?channel=closed', { method: 'GET' })).body.online).toBe(false);
    expect((await api<{ online: boolean }>(runtime.url, '/api/availability', { method: 'GET' })).body.online).toBe(true);
  } finally {
    await anna.close();
  }
});
