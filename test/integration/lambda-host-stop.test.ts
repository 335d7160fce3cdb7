/**
 * Stopping the local Lambda host fails what is still running and whatever comes after, instead of
 * leaving it unanswered: a `$connect` or an HTTP request waiting on a stopped host would otherwise
 * hold its socket open, and its server's close with it.
 */
import { startLambdaHost, type LambdaHost } from '../../infra/local/lambda-host';

let host: LambdaHost | undefined;
afterEach(() => host?.close());

test('an invocation in flight when the host stops fails, and so does one made after', async () => {
  host = await startLambdaHost({ Quick: 'test/support/handlers/answers-at-once.ts', Stuck: 'test/support/handlers/never-answers.ts' }, {});
  expect(await host.invoke('Quick', { n: 1 })).toEqual({ answered: { n: 1 } });

  const inFlight = expect(host.invoke('Stuck', {})).rejects.toThrow('The local runtime is stopping');
  await host.close();

  await inFlight;
  await expect(host.invoke('Quick', { n: 2 })).rejects.toThrow('The local runtime is stopping');
  await host.idle();
}, 30_000);
