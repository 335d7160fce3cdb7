/** What `npm start` prints: each demo login as it stands, never a password that no longer works. */
import { startBanner } from '../../../infra/local/start-banner';
import type { DemoLoginState } from '../../../infra/local/demo-login-state';

const places = { url: 'http://localhost:8787', mailboxUrl: 'http://localhost:8787/mailbox/', s3Endpoint: 'http://localhost:8788', filesBucket: 'parley-files', dataDir: '.data' };
const anna: DemoLoginState = { email: 'anna@parley.test', works: true, password: 'parley-anna', name: 'Anna de Vries', role: 'agent' };

test('a working demo login is printed on its own line as email and password', () => {
  const printed = startBanner(places, [anna]);

  expect(printed).toContain('Console:        http://localhost:8787/agent/');
  expect(printed).toContain('Demo shop page: http://localhost:8787/demo/');
  expect(printed.split('\n')).toContain('  anna@parley.test / parley-anna   (agent, Anna de Vries)');
});

test('a demo login that no longer works says why and prints no password', () => {
  const printed = startBanner(places, [{ email: 'anna@parley.test', works: false, reason: 'deactivated' }]);

  expect(printed.split('\n')).toContain('  anna@parley.test: deactivated (no longer a demo login)');
  expect(printed).not.toContain('parley-anna');
});

test('the role printed is the agent\'s current one', () => {
  const printed = startBanner(places, [{ ...anna, email: 'admin@parley.test', password: 'parley-admin', name: 'Carla Admin', role: 'agent' }]);

  expect(printed).toContain('admin@parley.test / parley-admin   (agent, Carla Admin)');
});
