/** How an audit entry's change reads in the Admin tab's log. */
import { describeChange } from '../../../web-agent/src/audit-format';

test('a changed field reads as before → after', () => {
  expect(describeChange({ before: { role: 'agent' }, after: { role: 'manager' } })).toBe('role: agent → manager');
});

test('flags read as yes and no', () => {
  expect(describeChange({ before: { active: true }, after: { active: false } })).toBe('active: yes → no');
});

test('a field with no before reads as its new value', () => {
  expect(describeChange({ after: { name: 'Dirk', credential: 'invite' } })).toBe('name: Dirk; credential: invite');
});
