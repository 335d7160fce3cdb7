/** The admin command's argument parsing: commands, options and the clear refusals. */
import { parseAdminArgs, UsageError } from '../../../infra/admin/args';

test('a command with its options', () => {
  expect(parseAdminArgs(['create-agent', '--name', 'Ann', '--email', 'ann@x.test', '--role', 'manager', '--invite', '--data-dir', '/tmp/d']))
    .toMatchObject({ command: 'create-agent', name: 'Ann', email: 'ann@x.test', role: 'manager', invite: true, dataDir: '/tmp/d' });
});

test('no command means help', () => {
  expect(parseAdminArgs([]).command).toBe('help');
});

test.each([
  [['frobnicate'], /Unknown command "frobnicate"/],
  [['list-agents', '--colour'], /colour/],
  [['create-agent', '--password', 'x', '--invite'], /only one of/],
  [['list-agents', '--tenant', 'acme', '--data-dir', '/tmp/d'], /either --tenant or --data-dir/],
])('%j is refused', (argv, message) => {
  expect(() => parseAdminArgs(argv)).toThrow(UsageError);
  expect(() => parseAdminArgs(argv)).toThrow(message);
});
