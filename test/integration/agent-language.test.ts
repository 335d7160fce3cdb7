/** An agent's console language is remembered on their profile: /api/me and the login answer carry it to their other browsers. */
import type { AgentProfile, LoginResponse } from '../../functions/protocol';
import { ANNA, type TestRuntime } from '../support/runtime';
import { runtimePerFile } from '../support/runtime-world';
import { api, loginAgent } from '../support/clients';

let runtime: TestRuntime;
runtimePerFile((started) => (runtime = started));

const me = (token: string) => api<AgentProfile>(runtime.url, '/api/me', { method: 'GET', token });
const choose = (token: string | undefined, body: unknown) => api<AgentProfile & { error?: string; field?: string }>(runtime.url, '/api/me/language', { token, body });

test('a chosen language is on the profile, in /api/me and in the next login answer', async () => {
  const { token, agent } = await loginAgent(runtime.url, ANNA.email, ANNA.password);
  expect(agent.language).toBeUndefined();

  const chosen = await choose(token, { language: 'nl' });
  expect(chosen).toMatchObject({ status: 200, body: { email: ANNA.email, language: 'nl' } });
  expect((await me(token)).body.language).toBe('nl');
  const again = await api<LoginResponse>(runtime.url, '/api/login', { body: { email: ANNA.email, password: ANNA.password } });
  expect(again.body.agent.language).toBe('nl');

  expect((await choose(token, { language: 'en' })).body.language).toBe('en');
  expect((await me(token)).body.language).toBe('en');
});

test('a language the console does not speak is refused with a reason and changes nothing; without a session nothing changes', async () => {
  const { token } = await loginAgent(runtime.url, ANNA.email, ANNA.password);
  await choose(token, { language: 'nl' });
  const german = await choose(token, { language: 'de' });
  expect(german.status).toBe(400);
  expect(german.body.error).toMatch(/language/);
  expect(german.body.field).toBe('language');
  expect((await choose(token, { language: 'nl', extra: true })).status).toBe(400);
  expect((await choose(undefined, { language: 'en' })).status).toBe(401);
  expect((await me(token)).body.language).toBe('nl');
});
