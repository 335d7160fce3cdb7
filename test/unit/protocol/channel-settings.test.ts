/** Channel settings the schema refuses on its own, each naming the field as the console's editor labels it. */
import { parseWith } from '../../../functions/protocol';
import { ChannelSaveBody, type ChannelSettings } from '../../../functions/protocol/channels';
import { defaultChannelSettings } from '../../../functions/protocol/channel-defaults';

const base = defaultChannelSettings('shop');
const OFFICE = { start: '09:00', end: '17:00' };
const save = (settings: unknown, extra: object = {}) => parseWith(ChannelSaveBody, { settings, version: 0, ...extra });
const withHours = (hours: Partial<ChannelSettings['hours']>) => ({ ...base, hours: { ...base.hours, ...hours } });
const withOfflineForm = (form: Partial<ChannelSettings['offlineForm']>) => ({ ...base, offlineForm: { ...base.offlineForm, ...form } });

describe('lunch break', () => {
  test('one outside every open day\'s hours is refused, named as the lunch break', () => {
    expect(save(withHours({ days: { mon: OFFICE, fri: OFFICE }, lunch: { start: '20:00', end: '21:00' } }))).toEqual({
      ok: false, reason: 'settings.hours.lunch: must fall within the opening hours of an open day', field: 'settings',
    });
  });

  test('one that runs past closing time is refused', () => {
    expect(save(withHours({ days: { mon: OFFICE }, lunch: { start: '16:30', end: '17:30' } })).ok).toBe(false);
  });

  test('one with no open day to fall in is refused', () => {
    expect(save(withHours({ days: {}, lunch: { start: '12:30', end: '13:00' } })).ok).toBe(false);
  });

  test('one inside the hours of some open day is accepted, though a short day ends before it', () => {
    expect(save(withHours({ days: { mon: OFFICE, sat: { start: '10:00', end: '12:00' } }, lunch: { start: '12:30', end: '13:00' } })).ok).toBe(true);
  });
});

describe('closed days', () => {
  test.each(['2026-02-30', '2026-04-31', '2027-02-29'])('%s, in the form but not in the calendar, is refused', (date) => {
    expect(save(withHours({ closedDates: ['2026-12-25', date] }))).toMatchObject({ ok: false, reason: 'settings.hours.closedDates.1: is not a date in the calendar' });
  });

  test('a leap day is a date', () => {
    expect(save(withHours({ closedDates: ['2028-02-29'] })).ok).toBe(true);
  });

  test('a date in another form is still refused by its form', () => {
    expect(save(withHours({ closedDates: ['2026-13-01'] }))).toMatchObject({ ok: false, reason: 'settings.hours.closedDates.0: use YYYY-MM-DD' });
  });
});

describe('offline form', () => {
  test.each(['', '   '])('an empty category (%j) is refused while the form creates a request', (category) => {
    expect(save(withOfflineForm({ createsRequest: true, category }))).toMatchObject({
      ok: false, reason: 'settings.offlineForm.category: is required while the offline form creates a request',
    });
  });

  test('an empty category is accepted when the form creates no request', () => {
    expect(save(withOfflineForm({ createsRequest: false, category: '' })).ok).toBe(true);
  });

  test('a required field listed twice is refused', () => {
    expect(save(withOfflineForm({ requiredFields: ['name', 'name'] }))).toMatchObject({ ok: false, reason: 'settings.offlineForm.requiredFields: lists a field twice' });
  });
});

test("the pre-chat form's required fields are each listed once too", () => {
  expect(save({ ...base, preChatForm: { ...base.preChatForm, requiredFields: ['email', 'question', 'email'] } })).toMatchObject({
    ok: false, reason: 'settings.preChatForm.requiredFields: lists a field twice',
  });
});

describe('create', () => {
  test('a new channel is saved from version 0 only', () => {
    expect(parseWith(ChannelSaveBody, { settings: base, version: 3, create: true })).toMatchObject({ ok: false, reason: 'version: a new channel is saved from version 0' });
    expect(save(base, { create: true })).toMatchObject({ ok: true, value: { create: true } });
  });
});

test('the default settings pass every rule', () => {
  expect(save(defaultChannelSettings()).ok).toBe(true);
});
