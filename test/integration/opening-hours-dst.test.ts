/**
 * Opening hours on the two Sundays a year when Amsterdam's clocks change, asked of the running
 * handlers (GET /api/availability) with their clock stood at each instant: 09:00 and the lunch break
 * stay on Amsterdam's wall clock, so they move by an hour in UTC between the two Sundays.
 */
import type { AvailabilityResponse, StoredChannel, WidgetChannelView } from '../../functions/protocol';
import { defaultChannelSettings } from '../../functions/protocol/channel-defaults';
import { ANNA, type TestRuntime } from '../support/runtime';
import { ADMIN } from '../support/admin';
import { runtimePerFile } from '../support/runtime-world';
import { api, connectAgent, loginAgent } from '../support/clients';
import { shiftedClock } from '../support/shifted-clock';

const clock = shiftedClock();
let runtime: TestRuntime;

runtimePerFile(async (started) => {
  runtime = started;
  const { token } = await loginAgent(runtime.url, ADMIN.email, ADMIN.password);
  const sunday = { start: '09:00', end: '17:00' };
  const settings = {
    ...defaultChannelSettings('amsterdam'),
    name: 'Amsterdam desk',
    hours: { enabled: true, timeZone: 'Europe/Amsterdam', days: { sun: sunday }, lunch: { start: '12:00', end: '13:00' }, closedDates: [] },
  };
  expect((await api<StoredChannel>(runtime.url, '/api/channels', { token, body: { settings, version: 0 } })).status).toBe(200);
}, [], { handlerEnv: clock.env });
afterAll(() => clock.remove());

/** Whether a customer could chat at `instant`, with an agent Present then (the clock stands there for the whole check). */
async function availableAt(instant: string): Promise<boolean> {
  clock.standAt(instant);
  const agent = await connectAgent(runtime.url, runtime.wsUrl, ANNA.email, ANNA.password);
  agent.send({ action: 'presence.set', status: 'present' });
  await agent.next('presence', (f) => f.status === 'present');
  const { body } = await api<AvailabilityResponse>(runtime.url, '/api/availability?channel=amsterdam', { method: 'GET' });
  await agent.close();
  return body.online;
}

describe('Sunday 25 October 2026 (CEST → CET at 03:00, so UTC+1 by opening time)', () => {
  test('closed at 08:59 Amsterdam time (07:59 UTC)', async () => {
    expect(await availableAt('2026-10-25T07:59:00Z')).toBe(false);
  });
  test('open at 09:01 Amsterdam time (08:01 UTC)', async () => {
    expect(await availableAt('2026-10-25T08:01:00Z')).toBe(true);
  });
  test('closed for lunch at 12:01 Amsterdam time (11:01 UTC)', async () => {
    expect(await availableAt('2026-10-25T11:01:00Z')).toBe(false);
  });
  test('open again at 13:01 Amsterdam time (12:01 UTC)', async () => {
    expect(await availableAt('2026-10-25T12:01:00Z')).toBe(true);
  });
  test("the widget's own view says closed at 08:59 Amsterdam time", async () => {
    clock.standAt('2026-10-25T07:59:00Z');
    expect((await api<WidgetChannelView>(runtime.url, '/api/widget/amsterdam', { method: 'GET' })).body.openNow).toBe(false);
  });
});

describe('Sunday 28 March 2027 (CET → CEST at 02:00, so UTC+2 by opening time)', () => {
  test('closed at 08:59 Amsterdam time (06:59 UTC)', async () => {
    expect(await availableAt('2027-03-28T06:59:00Z')).toBe(false);
  });
  test('open at 09:01 Amsterdam time (07:01 UTC)', async () => {
    expect(await availableAt('2027-03-28T07:01:00Z')).toBe(true);
  });
  test('closed for lunch at 12:01 Amsterdam time (10:01 UTC)', async () => {
    expect(await availableAt('2027-03-28T10:01:00Z')).toBe(false);
  });
  test('open again at 13:01 Amsterdam time (11:01 UTC), an hour earlier in UTC than in October', async () => {
    expect(await availableAt('2027-03-28T11:01:00Z')).toBe(true);
  });
  test('closed at 17:01 Amsterdam time (15:01 UTC)', async () => {
    expect(await availableAt('2027-03-28T15:01:00Z')).toBe(false);
  });
});
