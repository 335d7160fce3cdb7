/** How an audit entry's change reads in the Admin tab's log: the console's words for fields and values, not stored names. */
import { describeChange } from '../../../web-agent/src/audit-format';

test('a changed role reads as before → after, in the role names the console shows', () => {
  expect(describeChange({ action: 'agent.role-changed', before: { role: 'agent' }, after: { role: 'admin' } })).toBe('Role: Agent → Admin');
});

test('flags read as yes and no', () => {
  expect(describeChange({ action: 'agent.deactivated', before: { active: true }, after: { active: false } })).toBe('Active: yes → no');
});

test('a field with no before reads as its new value; how the password is set reads as words', () => {
  expect(describeChange({ action: 'agent.created', after: { name: 'Dirk', credential: 'invite' } })).toBe('Name: Dirk; Password: one-time set-password link');
  expect(describeChange({ action: 'agent.password-reset', after: { credential: 'password' } })).toBe('Password: set by an admin');
});

test("a channel's changed fields read under their labels in the channel settings, an empty value as a dash", () => {
  const change = { action: 'channel.changed', before: { launcherText: '', unansweredWarningSeconds: '60' }, after: { launcherText: 'Ask us', unansweredWarningSeconds: '45' } } as const;
  expect(describeChange(change)).toBe('Launcher text: — → Ask us; Unanswered-chat warning after (seconds): 60 → 45');
});

test("a time range's end, a switch and a channel's agents read in the console's words", () => {
  const anna = '0b9f1c2e-1111-4222-8333-444455556666';
  const change = {
    action: 'channel.changed',
    before: { 'hours.days.thu.end': '17:00', 'postChatForm.enabled': 'true', agents: '' },
    after: { 'hours.days.thu.end': '16:00', 'postChatForm.enabled': 'false', agents: `${anna} (canRespond, manager)` },
  } as const;
  expect(describeChange(change, (id) => (id === anna ? 'Anna de Vries' : undefined))).toBe(
    'Thursday until: 17:00 → 16:00; Show the post-chat form when a chat ends: yes → no; Agents serving this channel: — → Anna de Vries (Can respond, Manager)',
  );
});

test("a channel's language, theme, font, priority and form fields read as the settings form names them", () => {
  const change = {
    action: 'channel.changed',
    before: { language: 'auto', 'look.theme': 'light', 'look.font': 'system', 'offlineForm.priority': 'normal', 'offlineForm.requiredFields': 'name, email' },
    after: { language: 'nl', 'look.theme': 'dark', 'look.font': 'mono', 'offlineForm.priority': 'urgent', 'offlineForm.requiredFields': 'name, email, message' },
  } as const;
  expect(describeChange(change)).toBe(
    "Widget language: The visitor's browser language → Nederlands; Theme: Light → Dark; Font: System → Monospace; Priority: Normal → Urgent; Offline form: Required fields: Name, Email → Name, Email, Message",
  );
});

test('a field the console has no word for keeps its stored name, and its value stays as stored', () => {
  expect(describeChange({ action: 'channel.changed', after: { somethingNew: 'x' } })).toBe('somethingNew: x');
  expect(describeChange({ action: 'agent.created', after: { role: 'owner', toString: 'y' } })).toBe('Role: owner; toString: y');
});
