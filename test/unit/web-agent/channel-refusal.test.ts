import { describeRefusal } from '../../../web-agent/src/channels/refusal';
import { ctEn } from '../../../web-agent/src/channels/strings-en';
import { ctNl } from '../../../web-agent/src/channels/strings-nl';

describe('describeRefusal', () => {
  it('names the field by its label and keeps the reason, in English', () => {
    expect(describeRefusal('settings.hours.timeZone: is not a known IANA time zone (e.g. Europe/Amsterdam)', ctEn)).toEqual({
      label: 'Time zone',
      text: 'Check “Time zone”: is not a known IANA time zone (e.g. Europe/Amsterdam).',
    });
  });

  it('finds a field from a place inside it: one closed day of the list, one weekday of the hours', () => {
    expect(describeRefusal('settings.hours.closedDates.0: use YYYY-MM-DD', ctEn).label).toBe('Closed days (YYYY-MM-DD, one per line)');
    expect(describeRefusal('settings.hours.days.mon: must end after it starts', ctEn).label).toBe('Monday');
  });

  it("says a length limit in plain words, not the validator's", () => {
    expect(describeRefusal('settings.look.header: Invalid length: Expected <=60 but received 61', ctEn).text).toBe('Check “Header”: at most 60 characters.');
  });

  it('speaks Dutch in a Dutch console, with the Dutch label', () => {
    expect(describeRefusal('settings.look.color: use a colour like #1f6feb', ctNl)).toEqual({ label: ctNl.color, text: `Controleer ‘${ctNl.color}’: deze waarde wordt niet geaccepteerd.` });
  });

  it('words the rule between the two warnings on its own', () => {
    expect(describeRefusal('settings: managerWarningSeconds must be later than unansweredWarningSeconds', ctNl)).toEqual({ label: ctNl.managerWarning, text: ctNl.managerAfterUnanswered });
  });

  it('words a name another channel has on its own, in either language, and names the Name field', () => {
    const reason = 'settings.name: is already the name of another channel (returns)';
    expect(describeRefusal(reason, ctEn)).toEqual({ label: 'Name', text: ctEn.nameTaken });
    expect(describeRefusal(reason, ctNl)).toEqual({ label: 'Naam', text: ctNl.nameTaken });
  });

  it('words an agent id that is no agent on its own, pointing at the marked row', () => {
    expect(describeRefusal('settings.agents: ce7bb819-2f0a-4c4e-9d7e-0a1b2c3d4e5f is not an agent; remove it from the list', ctNl)).toEqual({
      label: ctNl.agents, text: ctNl.agentNotFound,
    });
  });

  it('names the field of the rules between fields the schema forwards: lunch break, category', () => {
    expect(describeRefusal('settings.hours.lunch: must fall within the opening hours of an open day', ctEn).text).toBe('Check “Lunch break”: must fall within the opening hours of an open day.');
    expect(describeRefusal('settings.offlineForm.category: is required while the offline form creates a request', ctEn).label).toBe('Category');
  });

  it('passes on a reason it cannot place', () => {
    expect(describeRefusal('HTTP 500', ctEn)).toEqual({ text: 'HTTP 500' });
  });
});
