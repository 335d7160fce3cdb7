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

  it('passes on a reason it cannot place', () => {
    expect(describeRefusal('HTTP 500', ctEn)).toEqual({ text: 'HTTP 500' });
  });
});
