import { remoteTargetFromEnv } from '../../../bench/load/target';

describe('remoteTargetFromEnv', () => {
  test('without BENCH_URL the run has a local runtime of its own', () => {
    expect(remoteTargetFromEnv({})).toBeUndefined();
  });

  test('takes the site, the agents file and an optional origin, without a trailing slash', () => {
    const remote = remoteTargetFromEnv({ BENCH_URL: 'https://d1234.cloudfront.net/', BENCH_AGENTS: 'agents.json', BENCH_ORIGIN: 'https://shop.example.com' });

    expect(remote).toEqual({ siteUrl: 'https://d1234.cloudfront.net', agentsFile: 'agents.json', origin: 'https://shop.example.com' });
  });

  test('refuses a site without agents, agents without a site, and an address that is not http(s)', () => {
    expect(() => remoteTargetFromEnv({ BENCH_URL: 'https://d1234.cloudfront.net' })).toThrow(/needs BENCH_AGENTS/);
    expect(() => remoteTargetFromEnv({ BENCH_AGENTS: 'agents.json' })).toThrow(/BENCH_URL is not/);
    expect(() => remoteTargetFromEnv({ BENCH_URL: 'd1234.cloudfront.net', BENCH_AGENTS: 'agents.json' })).toThrow(/site's address/);
    expect(() => remoteTargetFromEnv({ BENCH_URL: 'ftp://d1234.cloudfront.net', BENCH_AGENTS: 'agents.json' })).toThrow(/http\(s\)/);
  });

  test('refuses an origin with a path', () => {
    expect(() => remoteTargetFromEnv({ BENCH_URL: 'https://d1.example', BENCH_AGENTS: 'a.json', BENCH_ORIGIN: 'https://shop.example.com/cart' })).toThrow(/BENCH_ORIGIN/);
  });
});
