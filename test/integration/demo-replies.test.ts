/** `npm start` seeds the demo shop's FAQ and reply templates once: every agent sees them, and one an admin deletes stays deleted. */
import type { RepliesResponse } from '../../functions/protocol';
import { ANNA, type TestRuntime } from '../support/runtime';
import { ADMIN } from '../support/admin';
import { runtimePerFile } from '../support/runtime-world';
import { api, loginAgent } from '../support/clients';

let runtime: TestRuntime;
runtimePerFile((started) => (runtime = started));

const repliesOf = async (who: { email: string; password: string }) => {
  const { token } = await loginAgent(runtime.url, who.email, who.password);
  return (await api<RepliesResponse>(runtime.url, '/api/replies', { method: 'GET', token })).body.replies;
};

test('the demo replies are seeded once, shared with every agent, and a deleted one is not seeded again', async () => {
  expect(await runtime.invoke('DemoReplies', {})).toEqual({ seeded: 5 });
  const seen = await repliesOf(ANNA);
  expect(seen.filter((r) => r.kind === 'faq').map((r) => r.title)).toContain('How long does delivery take?');
  const welcome = seen.find((r) => r.title === 'Welcome');
  expect(welcome).toMatchObject({ kind: 'template', shared: true, folder: 'Greetings' });
  expect(welcome?.textNl).toMatch(/^Hallo \{\{klant\.voornaam\}\}/);

  const { token } = await loginAgent(runtime.url, ADMIN.email, ADMIN.password);
  expect((await api(runtime.url, `/api/replies/${welcome!.replyId}/delete`, { token })).status).toBe(204);
  expect(await runtime.invoke('DemoReplies', {})).toEqual({ seeded: 0 });
  expect((await repliesOf(ANNA)).map((r) => r.title)).not.toContain('Welcome');
});
